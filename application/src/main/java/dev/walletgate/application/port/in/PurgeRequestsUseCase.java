package dev.walletgate.application.port.in;

/** Incoming port: housekeeping that purges request records past their retention (I5). */
public interface PurgeRequestsUseCase {
  /** Returns how many records were purged. */
  int purgeExpiredRequests();
}
