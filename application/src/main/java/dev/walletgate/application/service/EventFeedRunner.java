package dev.walletgate.application.service;

import dev.walletgate.application.port.in.EventPage;
import dev.walletgate.application.port.in.ReadEventsUseCase;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.application.port.out.WalletEventHandler;
import java.util.Objects;

/**
 * Hands the feed's events to a platform handler in position order, at least once (E3), keeping the
 * named consumer's cursor in the database: the cursor moves past an event only after the handler
 * returned, so a crash hands the events since the last save again.
 *
 * <pre>{@code
 * EventFeedRunner runner =
 *     new EventFeedRunner(walletgate.services().events(), "bonus-engine", bonuses::onEvent);
 * runner.runOnce(); // from the platform's scheduler
 * }</pre>
 */
public final class EventFeedRunner {
  private static final int BATCH = 500;

  private final ReadEventsUseCase feed;
  private final String consumer;
  private final WalletEventHandler handler;

  /**
   * @param consumer the consumer's name, an identifier, under which its cursor is kept
   */
  public EventFeedRunner(ReadEventsUseCase feed, String consumer, WalletEventHandler handler) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.consumer = Objects.requireNonNull(consumer, "consumer");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Hands every event committed so far after the consumer's cursor, saving the cursor after each
   * batch; returns how many were handed.
   *
   * @throws EventsPurgedException if events after the cursor were purged before they were handed
   * @throws EventHandlingException if the handler failed; the cursor stays before that event
   */
  public long runOnce() {
    long saved = feed.cursor(consumer);
    long cursor = saved;
    long handed = 0;
    while (true) {
      EventPage page = feed.readEvents(cursor, BATCH);
      if (page.behind()) {
        throw new EventsPurgedException(consumer, cursor, page.oldestRetainedPosition());
      }
      for (WalletEvent event : page.events()) {
        try {
          handler.handle(event);
        } catch (Exception e) {
          // The events handed before this one stay handled; this one comes again next run.
          if (cursor > saved) {
            feed.saveCursor(consumer, cursor);
          }
          throw new EventHandlingException(consumer, event, e);
        }
        cursor = event.position();
        handed++;
      }
      if (cursor > saved) {
        feed.saveCursor(consumer, cursor);
        saved = cursor;
      }
      if (page.events().size() < BATCH) {
        return handed;
      }
    }
  }

  /** The consumer's events after its cursor were purged before it read them (E4). */
  public static final class EventsPurgedException extends IllegalStateException {
    EventsPurgedException(String consumer, long cursor, long oldest) {
      super(
          "consumer "
              + consumer
              + " has read up to "
              + cursor
              + " but the feed now starts at "
              + oldest
              + ": the events between were purged");
    }
  }

  /** The handler failed on an event; the consumer's cursor stays before it. */
  public static final class EventHandlingException extends RuntimeException {
    EventHandlingException(String consumer, WalletEvent event, Exception cause) {
      super("consumer " + consumer + " failed on event " + event.position(), cause);
    }
  }
}
