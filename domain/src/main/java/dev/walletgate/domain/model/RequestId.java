package dev.walletgate.domain.model;

/** The provider's per-request uuid. */
public record RequestId(String value) {
  public RequestId {
    Identifier.check(value, "request id");
  }
}
