package dev.walletgate.application.port.in;

import java.time.Duration;

/** Incoming port: the platform's reconciliation view (read only). */
public interface ReconcileUseCase {
  /** Largest number of rows per list. */
  int MAX_LIMIT = 10_000;

  /**
   * Largest age asked about: a century. Now minus it is always an instant the timestamp columns
   * hold on every database (PostgreSQL's begin in 4713 BC, H2's far earlier), so a larger age is
   * refused as bad input instead of failing in the database.
   */
  Duration MAX_AGE = Duration.ofDays(36_500);

  /**
   * @throws IllegalArgumentException if the age is negative or over {@link #MAX_AGE}, or the limit
   *     is not between 1 and {@link #MAX_LIMIT}
   */
  Reconciliation reconcile(Duration openOlderThan, int limit);
}
