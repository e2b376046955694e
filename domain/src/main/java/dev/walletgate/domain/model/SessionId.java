package dev.walletgate.domain.model;

/** A game session the operator opened for a player. */
public record SessionId(String value) {
  public SessionId {
    Identifier.check(value, "session id");
  }
}
