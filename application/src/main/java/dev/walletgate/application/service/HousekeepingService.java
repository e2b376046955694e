package dev.walletgate.application.service;

import dev.walletgate.application.port.in.PurgeRequestsUseCase;

/** Purges request records older than the retention (I5); never bets, wins, voids or entries. */
public final class HousekeepingService implements PurgeRequestsUseCase {
  private final ServiceContext context;

  HousekeepingService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public int purgeExpiredRequests() {
    var cutoff = context.now().minus(context.settings().requestRetention());
    return context.runner().run(stores -> stores.requests().purgeCreatedBefore(cutoff));
  }
}
