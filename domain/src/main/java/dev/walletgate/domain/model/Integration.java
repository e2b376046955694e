package dev.walletgate.domain.model;

/** One game-provider protocol deployment; every key is scoped by it. */
public record Integration(String value) {
  public Integration {
    Identifier.check(value, "integration");
  }

  public static final Integration KYREN = new Integration("kyren");
  public static final Integration LUCKYMONACO = new Integration("luckymonaco");
}
