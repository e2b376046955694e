package dev.walletgate.application.service;

import dev.walletgate.application.port.in.PurgeRequestsUseCase;
import java.time.Instant;

/**
 * Purges request records (I5) and the feed's events (E4) older than the request retention; never
 * bets, wins, voids or entries.
 */
public final class HousekeepingService implements PurgeRequestsUseCase {
  // Events go in bounded transactions, so that a large purge holds no long lock on the feed.
  private static final int EVENT_BATCH = 1000;

  private final ServiceContext context;

  HousekeepingService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public int purgeExpiredRequests() {
    Instant cutoff = cutoff();
    return context.runner().run(stores -> stores.requests().purgeCreatedBefore(cutoff));
  }

  @Override
  public long purgeExpiredEvents() {
    Instant cutoff = cutoff();
    long purged = 0;
    int batch;
    do {
      batch =
          context.runner().run(stores -> stores.events().purgeOccurredBefore(cutoff, EVENT_BATCH));
      purged += batch;
    } while (batch == EVENT_BATCH);
    return purged;
  }

  private Instant cutoff() {
    return context.now().minus(context.settings().requestRetention());
  }
}
