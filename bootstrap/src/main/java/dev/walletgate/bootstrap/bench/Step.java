package dev.walletgate.bootstrap.bench;

/**
 * One provider request of the mix. A duplicate carries the very same request id and content as the
 * request before it, so it must be answered from the request record.
 */
record Step(
    Kind kind,
    String requestId,
    BenchPlayer player,
    String round,
    String key,
    String betKey,
    boolean duplicate) {

  /** The request kinds of the mix. */
  enum Kind {
    BET,
    WIN,
    END_ROUND,
    CANCEL,
    REFUND
  }

  Step asDuplicate() {
    return new Step(kind, requestId, player, round, key, betKey, true);
  }
}
