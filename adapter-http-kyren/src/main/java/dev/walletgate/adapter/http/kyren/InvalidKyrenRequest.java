package dev.walletgate.adapter.http.kyren;

/**
 * A body that cannot become a command (malformed JSON, a missing field, a wrong type). Thrown while
 * reading the body and turned into its answer before any use case runs, so nothing is stored (F2).
 */
final class InvalidKyrenRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient KyrenAnswer answer;

  InvalidKyrenRequest(KyrenAnswer answer) {
    // No message and no stack trace: the answer says everything and nothing leaks from here.
    super(null, null, false, false);
    this.answer = answer;
  }

  KyrenAnswer answer() {
    return answer;
  }
}
