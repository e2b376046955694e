package dev.walletgate.adapter.http.kyren;

import java.util.Optional;

/** The eight Kyren calls: the path segment naming each, and what its success body carries. */
enum KyrenCall {
  CHECK("Check", false, false),
  BALANCE("Balance", true, false),
  BET("Bet", true, true),
  RESULT("Result", true, true),
  END_ROUND("EndRound", true, false),
  SESSION_EXPIRED("SessionExpired", false, false),
  CANCEL("Cancel", true, true),
  REFUND("Refund", false, true);

  private static final int RETRY = 998;
  // Kyren gives EndRound its own retry code.
  private static final int END_ROUND_RETRY = 997;

  private final String pathName;
  private final boolean answersBalance;
  private final boolean answersTransaction;

  KyrenCall(String pathName, boolean answersBalance, boolean answersTransaction) {
    this.pathName = pathName;
    this.answersBalance = answersBalance;
    this.answersTransaction = answersTransaction;
  }

  /** The call named by the last path segment, matched exactly. */
  static Optional<KyrenCall> byPathName(String name) {
    for (KyrenCall call : values()) {
      if (call.pathName.equals(name)) {
        return Optional.of(call);
      }
    }
    return Optional.empty();
  }

  String pathName() {
    return pathName;
  }

  /** Whether a success body carries {@code currency} and {@code cash}. */
  boolean answersBalance() {
    return answersBalance;
  }

  /** Whether a success body carries {@code transactionId}. */
  boolean answersTransaction() {
    return answersTransaction;
  }

  /** The error code telling Kyren to retry after a storage fault. */
  int retryCode() {
    return this == END_ROUND ? END_ROUND_RETRY : RETRY;
  }
}
