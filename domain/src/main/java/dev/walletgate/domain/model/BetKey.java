package dev.walletgate.domain.model;

/** Identifies one bet within an integration (Kyren reference, LuckyMonaco transaction id). */
public record BetKey(String value) {
  public BetKey {
    Identifier.check(value, "bet key");
  }
}
