package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import java.time.Instant;
import java.util.Optional;

/** Request records (I1-I5) on JPA, bound to one transaction. */
final class JpaRequestStore implements RequestStore {
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
