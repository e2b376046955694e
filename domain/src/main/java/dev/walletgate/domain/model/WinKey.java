package dev.walletgate.domain.model;

/** Identifies one win within an integration (Kyren reference, LuckyMonaco request uuid). */
public record WinKey(String value) {
  public WinKey {
    Identifier.check(value, "win key");
  }
}
