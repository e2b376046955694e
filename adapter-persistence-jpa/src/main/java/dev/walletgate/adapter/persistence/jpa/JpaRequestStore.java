package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Request records (I1-I5) on JPA, bound to one transaction. */
final class JpaRequestStore implements RequestStore {
  private static final String REFUSED =
      " where r.operation in :operations and r.outcomeResult is not null"
          + " and r.outcomeResult <> :success";

  private final TransactionScope scope;

  JpaRequestStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<RequestRecord> find(Integration integration, RequestId requestId) {
    return scope.guard(
        () ->
            scope.read(
                RequestRecordEntity.class,
                EntityMapper.requestPk(integration, requestId),
                EntityMapper::requestRecord));
  }

  @Override
  public void claim(RequestRecord pending) {
    scope.run(() -> scope.insert(EntityMapper.entity(pending)));
  }

  @Override
  public void complete(Integration integration, RequestId requestId, RecordedOutcome outcome) {
    scope.run(
        () -> {
          RequestRecordEntity row =
              scope.locked(
                  RequestRecordEntity.class, EntityMapper.requestPk(integration, requestId));
          if (row == null) {
            throw new IllegalStateException("no claimed request to complete: " + requestId.value());
          }
          EntityMapper.applyOutcome(outcome, row);
        });
  }

  @Override
  public List<RequestRecord> findRefused(Collection<String> operations, int limit) {
    if (operations.isEmpty() || limit <= 0) {
      return List.of();
    }
    return scope.guard(
        () ->
            scope.readAll(
                scope
                    .entityManager()
                    .createQuery(
                        "select r from RequestRecordEntity r"
                            + REFUSED
                            + " order by r.createdAt desc, r.id.integration desc,"
                            + " r.id.requestId desc",
                        RequestRecordEntity.class)
                    .setParameter("operations", operations)
                    .setParameter("success", RecordedOutcome.SUCCESS)
                    .setMaxResults(limit),
                EntityMapper::requestRecord));
  }

  @Override
  public long countRefused(Collection<String> operations) {
    if (operations.isEmpty()) {
      return 0;
    }
    return scope.guard(
        () ->
            scope
                .entityManager()
                .createQuery("select count(r) from RequestRecordEntity r" + REFUSED, Long.class)
                .setParameter("operations", operations)
                .setParameter("success", RecordedOutcome.SUCCESS)
                .getSingleResult());
  }

  @Override
  public int purgeCreatedBefore(Instant cutoff) {
    return scope.guard(
        () -> {
          // A bulk delete bypasses the persistence context; write what is pending first.
          scope.entityManager().flush();
          return scope
              .entityManager()
              .createQuery("delete from RequestRecordEntity r where r.createdAt < :cutoff")
              .setParameter("cutoff", cutoff)
              .executeUpdate();
        });
  }
}
