package dev.walletgate.application.port.in;

import java.time.Duration;

/** Incoming port: the platform's reconciliation view (read only). */
public interface ReconcileUseCase {
  /** Largest number of rows per list. */
  int MAX_LIMIT = 10_000;

  Reconciliation reconcile(Duration openOlderThan, int limit);
}
