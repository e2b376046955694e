package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.domain.model.Identifier;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** The wallet's event feed on JPA, bound to one transaction. */
final class JpaEventStore implements EventStore {
  private final TransactionScope scope;

  JpaEventStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public void append(WalletEvent event) {
    if (event.position() != null) {
      throw new IllegalArgumentException("an appended event has no position yet");
    }
    scope.run(() -> scope.insert(entity(event)));
  }

  @Override
  public int sequence(int max) {
    if (max <= 0) {
      return 0;
    }
    return scope.guard(
        () -> {
          // The lock first: the events looked for next are then those committed before this
          // sequencing began, and none of them can be positioned by another until this one
          // commits.
          EventSequencerEntity sequencer =
              scope.locked(EventSequencerEntity.class, EventSequencerEntity.ID);
          if (sequencer == null) {
            throw new IllegalStateException("the event sequencer row is missing");
          }
          List<WalletEventEntity> oldestFirst =
              em().createQuery(
                      "select e from WalletEventEntity e where e.position is null"
                          + " order by e.insertionNo",
                      WalletEventEntity.class)
                  .setMaxResults(max)
                  .getResultList();
          long position = sequencer.lastPosition;
          for (WalletEventEntity row : oldestFirst) {
            scope.own(row).position = ++position;
          }
          sequencer.lastPosition = position;
          // Written here rather than at commit, so that a fault surfaces as this call's.
          em().flush();
          return oldestFirst.size();
        });
  }

  @Override
  public List<WalletEvent> readAfter(long position, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return scope.guard(
        () ->
            scope.readAll(
                em().createQuery(
                        "select e from WalletEventEntity e where e.position > :after"
                            + " order by e.position",
                        WalletEventEntity.class)
                    .setParameter("after", position)
                    .setMaxResults(limit),
                JpaEventStore::event));
  }

  @Override
  public int purgeOccurredBefore(Instant cutoff, int limit) {
    if (limit <= 0) {
      return 0;
    }
    return scope.guard(
        () -> {
          List<Object[]> oldestFirst =
              em().createQuery(
                      "select e.position, e.occurredAt from WalletEventEntity e"
                          + " where e.position is not null order by e.position",
                      Object[].class)
                  .setMaxResults(limit)
                  .getResultList();
          Long last = null;
          for (Object[] event : oldestFirst) {
            if (!((Instant) event[1]).isBefore(cutoff)) {
              break;
            }
            last = (Long) event[0];
          }
          if (last == null) {
            return 0;
          }
          // A bulk delete bypasses the persistence context; write what is pending first.
          em().flush();
          return em().createQuery("delete from WalletEventEntity e where e.position <= :last")
              .setParameter("last", last)
              .executeUpdate();
        });
  }

  @Override
  public long oldestRetainedPosition() {
    // One statement, so that both figures come from one snapshot: read apart, a sequencing
    // committed in between could make the feed look purged when it is not.
    return scope.guard(
        () ->
            em().createQuery(
                    "select coalesce((select min(e.position) from WalletEventEntity e),"
                        + " s.lastPosition + 1) from EventSequencerEntity s"
                        + " where s.sequencerId = :id",
                    Long.class)
                .setParameter("id", EventSequencerEntity.ID)
                .getSingleResult());
  }

  @Override
  public long cursor(String consumer) {
    Identifier.check(consumer, "consumer");
    return scope.guard(
        () -> scope.read(EventCursorEntity.class, consumer, row -> row.position).orElse(0L));
  }

  @Override
  public void saveCursor(String consumer, long position) {
    Identifier.check(consumer, "consumer");
    if (position < 0) {
      throw new IllegalArgumentException("a cursor is never negative");
    }
    scope.run(
        () -> {
          EventCursorEntity row = scope.locked(EventCursorEntity.class, consumer);
          if (row == null) {
            // Two transactions saving a consumer's first cursor at once: the second insert
            // raises a retryable conflict, and its retry finds the row to update.
            scope.insert(new EventCursorEntity(consumer, position));
          } else {
            row.position = position;
          }
        });
  }

  private EntityManager em() {
    return scope.entityManager();
  }

  private static WalletEventEntity entity(WalletEvent event) {
    WalletEventEntity row = new WalletEventEntity();
    row.eventId = event.id();
    row.kind = event.kind().name();
    row.playerId = event.player().value();
    row.currency = event.currency() == null ? null : event.currency().value();
    row.amount = event.amount();
    row.balanceAfter = event.balanceAfter();
    row.integration = event.integration() == null ? null : event.integration().value();
    row.eventKey = event.key();
    row.transactionId = event.transaction() == null ? null : event.transaction().value();
    row.occurredAt = event.occurredAt();
    return row;
  }

  private static WalletEvent event(WalletEventEntity row) {
    return new WalletEvent(
        row.eventId,
        row.position,
        EventKind.valueOf(row.kind),
        new PlayerId(row.playerId),
        row.currency == null ? null : new CurrencyCode(row.currency),
        row.amount,
        row.balanceAfter,
        row.integration == null ? null : new Integration(row.integration),
        row.eventKey,
        row.transactionId == null ? null : new OperatorTransactionId(row.transactionId),
        row.occurredAt);
  }
}
