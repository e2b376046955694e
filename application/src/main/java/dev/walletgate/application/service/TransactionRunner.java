package dev.walletgate.application.service;

import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.Transactions;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Runs work as one transaction, trying it again from the start on a retryable conflict, a bounded
 * number of times. When the attempts run out the last conflict is rethrown: the caller answers the
 * provider's "retry" signal (F1).
 */
final class TransactionRunner {
  private final Transactions transactions;
  private final int maxAttempts;
  private final CallObserver observer;

  TransactionRunner(Transactions transactions, int maxAttempts, CallObserver observer) {
    this.transactions = transactions;
    this.maxAttempts = maxAttempts;
    this.observer = observer;
  }

  <T> T run(Function<Stores, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.inTransaction(work);
      } catch (RetryableConflictException conflict) {
        if (attempt >= maxAttempts) {
          throw conflict;
        }
        observer.retried();
        backOff(attempt);
      }
    }
  }

  // A short random pause, growing with the attempt, so that racing transactions stop colliding.
  private static void backOff(int attempt) {
    long maxMicros = 200L * Math.min(attempt, 10);
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxMicros + 1) * 1_000);
  }
}
