package dev.walletgate.adapter.http.luckymonaco;

/**
 * Bad input in a request body: answered {@code INVALID_PARAMETER} with HTTP 200, nothing stored
 * (F2). Carries no stack trace; its message is for tests and logs, never for a response body.
 */
final class InvalidParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the call report names: {@code INVALID_PARAMETER} or {@code INVALID_AMOUNT}. */
  private final String reason;

  InvalidParameterException(String message) {
    this("INVALID_PARAMETER", message);
  }

  InvalidParameterException(String reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  static InvalidParameterException invalidAmount(String field) {
    return new InvalidParameterException("INVALID_AMOUNT", field + " is not a plain decimal");
  }
}
