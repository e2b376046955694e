package dev.walletgate.domain.model;

/** The operator's user id. */
public record PlayerId(String value) {
  public PlayerId {
    Identifier.check(value, "player id");
  }
}
