package dev.walletgate.application.port.in;

import dev.walletgate.application.port.out.WalletEvent;
import java.util.List;
import java.util.Objects;

/**
 * A read of the event feed after a position (E2, E4).
 *
 * @param events the events after the position, in position order; empty when {@code behind}
 * @param behind true when events after the position were purged before they were read: the reader
 *     missed them and must catch up some other way (its ledger, a full export)
 * @param oldestRetainedPosition the lowest position the feed still holds (or the next it will give)
 */
public record EventPage(List<WalletEvent> events, boolean behind, long oldestRetainedPosition) {
  public EventPage {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    if (behind && !events.isEmpty()) {
      throw new IllegalArgumentException("a reader that is behind is given no events");
    }
  }

  /** The position to read after next: the last event's, or {@code after} when there was none. */
  public long next(long after) {
    return events.isEmpty() ? after : events.get(events.size() - 1).position();
  }
}
