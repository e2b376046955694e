package dev.walletgate.application.memory;

import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.domain.model.Identifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The event feed of {@link InMemoryStores}, guarded by its transaction lock. As its transactions
 * run one at a time, every event another transaction appended has committed when this one
 * sequences; positions still come only from {@link EventStore#sequence}, as in the databases.
 */
final class InMemoryEvents {
  private static final String HIGHEST = "highest";

  // Keyed by append number, which, like an identity, is never reused nor rolled back.
  private final NavigableMap<Long, WalletEvent> unsequenced = new TreeMap<>();
  private final NavigableMap<Long, WalletEvent> feed = new TreeMap<>();
  private final Map<String, Boolean> ids = new HashMap<>();
  private final Map<String, Long> sequencer = new HashMap<>(Map.of(HIGHEST, 0L));
  private final Map<String, Long> cursors = new HashMap<>();
  private long appended;

  /** The feed as seen by one transaction, its changes undone by the journal on rollback. */
  EventStore in(Journal journal, Consumer<String> step) {
    return new EventStore() {
      @Override
      public void append(WalletEvent event) {
        step.accept("events.append");
        if (event.position() != null) {
          throw new IllegalArgumentException("an appended event has no position yet");
        }
        if (ids.containsKey(event.id())) {
          throw new RetryableConflictException("event id already exists: " + event.id(), null);
        }
        journal.put(ids, event.id(), true);
        journal.put(unsequenced, ++appended, event);
      }

      @Override
      public int sequence(int max) {
        step.accept("events.sequence");
        long highest = sequencer.get(HIGHEST);
        List<Long> oldestFirst = unsequenced.keySet().stream().limit(max).toList();
        for (Long number : oldestFirst) {
          WalletEvent event = unsequenced.get(number);
          journal.remove(unsequenced, number);
          highest++;
          journal.put(feed, highest, event.at(highest));
        }
        journal.put(sequencer, HIGHEST, highest);
        return oldestFirst.size();
      }

      @Override
      public List<WalletEvent> readAfter(long position, int limit) {
        step.accept("events.readAfter");
        return feed.tailMap(position, false).values().stream().limit(limit).toList();
      }

      @Override
      public int purgeOccurredBefore(Instant cutoff, int limit) {
        step.accept("events.purgeOccurredBefore");
        List<WalletEvent> old = new ArrayList<>();
        for (WalletEvent event : feed.values()) {
          if (old.size() == limit || !event.occurredAt().isBefore(cutoff)) {
            break;
          }
          old.add(event);
        }
        for (WalletEvent event : old) {
          journal.remove(feed, event.position());
          journal.remove(ids, event.id());
        }
        return old.size();
      }

      @Override
      public long oldestRetainedPosition() {
        step.accept("events.oldestRetainedPosition");
        return feed.isEmpty() ? sequencer.get(HIGHEST) + 1 : feed.firstKey();
      }

      @Override
      public long cursor(String consumer) {
        step.accept("events.cursor");
        return cursors.getOrDefault(Identifier.check(consumer, "consumer"), 0L);
      }

      @Override
      public void saveCursor(String consumer, long position) {
        step.accept("events.saveCursor");
        if (position < 0) {
          throw new IllegalArgumentException("a cursor is never negative");
        }
        journal.put(cursors, Identifier.check(consumer, "consumer"), position);
      }
    };
  }
}
