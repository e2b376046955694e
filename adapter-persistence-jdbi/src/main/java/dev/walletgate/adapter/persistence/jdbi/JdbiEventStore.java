package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.EventDao.EventRow;
import dev.walletgate.adapter.persistence.jdbi.EventDao.Positioned;
import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.domain.model.Identifier;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.List;

/** Jdbi persistence adapter for the wallet's event feed. */
final class JdbiEventStore implements EventStore {
  private final EventDao dao;

  JdbiEventStore(EventDao dao) {
    this.dao = dao;
  }

  @Override
  public void append(WalletEvent event) {
    if (event.position() != null) {
      throw new IllegalArgumentException("an appended event has no position yet");
    }
    dao.append(
        event.id(),
        event.kind().name(),
        event.player().value(),
        event.currency() == null ? null : event.currency().value(),
        event.amount(),
        event.balanceAfter(),
        event.integration() == null ? null : event.integration().value(),
        event.key(),
        event.transaction() == null ? null : event.transaction().value(),
        event.occurredAt());
  }

  @Override
  public int sequence(int max) {
    // The lock first: the events looked for next are then those committed before this sequencing
    // began, and none of them can be positioned by another until this one commits.
    long highest = dao.lockSequencer();
    List<Long> oldestFirst = dao.unsequenced(max);
    if (oldestFirst.isEmpty()) {
      return 0;
    }
    dao.position(oldestFirst, highest + 1);
    dao.advanceSequencer(highest + oldestFirst.size());
    return oldestFirst.size();
  }

  @Override
  public List<WalletEvent> readAfter(long position, int limit) {
    return dao.readAfter(position, limit).stream().map(JdbiEventStore::event).toList();
  }

  @Override
  public int purgeOccurredBefore(Instant cutoff, int limit) {
    Long last = null;
    for (Positioned event : dao.oldestFirst(limit)) {
      if (!event.occurredAt().isBefore(cutoff)) {
        break;
      }
      last = event.position();
    }
    return last == null ? 0 : dao.deleteThrough(last);
  }

  @Override
  public long oldestRetainedPosition() {
    return dao.oldestRetained();
  }

  @Override
  public long cursor(String consumer) {
    return dao.cursor(Identifier.check(consumer, "consumer")).orElse(0L);
  }

  @Override
  public void saveCursor(String consumer, long position) {
    Identifier.check(consumer, "consumer");
    if (position < 0) {
      throw new IllegalArgumentException("a cursor is never negative");
    }
    // Two transactions saving a consumer's first cursor at once: the second insert raises a
    // retryable conflict, and its retry finds the row to update.
    if (!dao.updateCursor(consumer, position)) {
      dao.insertCursor(consumer, position);
    }
  }

  private static WalletEvent event(EventRow row) {
    return new WalletEvent(
        row.eventId(),
        row.position(),
        EventKind.valueOf(row.kind()),
        new PlayerId(row.playerId()),
        row.currency() == null ? null : new CurrencyCode(row.currency()),
        row.amount(),
        row.balanceAfter(),
        row.integration() == null ? null : new Integration(row.integration()),
        row.eventKey(),
        row.transactionId() == null ? null : new OperatorTransactionId(row.transactionId()),
        row.occurredAt());
  }
}
