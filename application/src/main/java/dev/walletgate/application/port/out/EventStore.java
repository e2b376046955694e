package dev.walletgate.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Outgoing persistence port for the wallet's event feed (an outbox): each event is appended in the
 * transaction of the change it reports, and consumers read the feed in position order, each from a
 * cursor of its own.
 *
 * <p><b>Why a consumer never misses an event.</b> A number drawn when a row is inserted (an
 * identity column, a sequence) follows the order of inserts, not of commits: an event inserted
 * first and committed last would get a lower number than events a consumer has already read past,
 * and the consumer would skip it. So {@link #append} gives an event no position; {@link #sequence},
 * in a transaction of its own, positions committed events afterwards:
 *
 * <ol>
 *   <li>it first locks the feed's one sequencer row, which holds the highest position ever given,
 *       so sequencing transactions run one at a time, each after the previous one committed;
 *   <li>at READ COMMITTED it then sees only events committed before it looked, never one still
 *       being written, and positions them after the highest position, consecutively;
 *   <li>its positions commit all at once, before the next sequencing can begin.
 * </ol>
 *
 * Hence at any moment the positions a reader can see are exactly 1 to some n, with no hole (less a
 * purged prefix, see {@link #purgeOccurredBefore}), and an event that commits later can only be
 * positioned above n: a consumer that has read up to p never later finds a new event at or below p.
 * Writers take no lock of the feed's (appending is one insert); only sequencing is serialized. Two
 * events written under one row lock (an account's, say) keep their order: the second was appended
 * after the first committed, so no sequencing can see it without the first.
 *
 * <p>Positions are dense: they continue from the highest ever given, even after a purge, so a
 * consumer whose cursor is c next reads c + 1. If the first event it reads is higher, or it reads
 * none while {@link #oldestRetainedPosition()} is above c + 1, events it never read were purged; it
 * must be told so, as the feed cannot give them again.
 */
public interface EventStore {
  /**
   * Inserts the event, without a position, in the caller's transaction: it commits or rolls back
   * with the change it reports. A taken id raises {@link RetryableConflictException}.
   *
   * @throws IllegalArgumentException if the event already has a position
   */
  void append(WalletEvent event);

  /**
   * Gives positions to at most {@code max} committed events that have none, in the order they were
   * appended, after the highest position ever given; returns how many it positioned. Run it in a
   * transaction of its own: it holds the feed's sequencer lock until that transaction ends.
   */
  int sequence(int max);

  /** The positioned events above the position, in position order, at most {@code limit}. */
  List<WalletEvent> readAfter(long position, int limit);

  /**
   * Deletes at most {@code limit} of the positioned events that occurred before the cutoff, from
   * the lowest position up, stopping at the first that did not; returns how many. What remains is
   * always the feed from some position on: an event is never removed from between two kept ones,
   * even when events occurred out of position order. Events without a position are kept.
   */
  int purgeOccurredBefore(Instant cutoff, int limit);

  /**
   * The lowest position still stored; when no positioned event is, the position the next one will
   * get. A consumer whose cursor is below this minus one has lost events to a purge.
   */
  long oldestRetainedPosition();

  /** The position the named consumer has read up to, 0 if it has saved none. */
  long cursor(String consumer);

  /**
   * Saves the position the named consumer has read up to.
   *
   * @param consumer an {@link dev.walletgate.domain.model.Identifier identifier}
   * @throws IllegalArgumentException if the name is no identifier or the position is negative
   */
  void saveCursor(String consumer, long position);
}
