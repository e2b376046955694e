package dev.walletgate.application.port.in;

/**
 * Incoming port: housekeeping that purges request records (I5) and the feed's events (E4) past the
 * request retention.
 */
public interface PurgeRequestsUseCase {
  /** Returns how many records were purged. */
  int purgeExpiredRequests();

  /**
   * Purges the feed's events that occurred before the retention, oldest first; returns how many.
   */
  long purgeExpiredEvents();
}
