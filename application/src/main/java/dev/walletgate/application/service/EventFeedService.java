package dev.walletgate.application.service;

import dev.walletgate.application.port.in.EventPage;
import dev.walletgate.application.port.in.ReadEventsUseCase;
import dev.walletgate.application.port.out.WalletEvent;
import java.util.List;

/**
 * Reads the event feed (E2, E4): positions the committed events first, in a transaction of its own,
 * then reads after the position, telling a reader whose events were purged that it is behind.
 */
public final class EventFeedService implements ReadEventsUseCase {
  private static final int SEQUENCE_BATCH = 1000;

  private final ServiceContext context;

  EventFeedService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public EventPage readEvents(long after, int limit) {
    if (after < 0) {
      throw new IllegalArgumentException("the position to read after must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("the limit must be 1 to " + MAX_LIMIT);
    }
    sequenceCommitted();
    return context
        .runner()
        .run(
            stores -> {
              long oldest = stores.events().oldestRetainedPosition();
              if (after + 1 < oldest) {
                return new EventPage(List.of(), true, oldest);
              }
              List<WalletEvent> events = stores.events().readAfter(after, limit);
              return new EventPage(events, false, oldest);
            });
  }

  // In bounded transactions, so that a long backlog never holds the sequencer lock for long.
  private void sequenceCommitted() {
    int positioned;
    do {
      positioned = context.runner().run(stores -> stores.events().sequence(SEQUENCE_BATCH));
    } while (positioned == SEQUENCE_BATCH);
  }

  @Override
  public long cursor(String consumer) {
    return context.runner().run(stores -> stores.events().cursor(consumer));
  }

  @Override
  public void saveCursor(String consumer, long position) {
    context
        .runner()
        .run(
            stores -> {
              stores.events().saveCursor(consumer, position);
              return null;
            });
  }
}
