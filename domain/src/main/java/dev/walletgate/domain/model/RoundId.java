package dev.walletgate.domain.model;

/** The provider's game round (LuckyMonaco: the spin's transaction id). */
public record RoundId(String value) {
  public RoundId {
    Identifier.check(value, "round id");
  }
}
