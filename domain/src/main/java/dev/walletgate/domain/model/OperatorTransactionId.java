package dev.walletgate.domain.model;

/** The id this library gives each money movement or void it books. */
public record OperatorTransactionId(String value) {
  public OperatorTransactionId {
    Identifier.check(value, "operator transaction id");
  }
}
