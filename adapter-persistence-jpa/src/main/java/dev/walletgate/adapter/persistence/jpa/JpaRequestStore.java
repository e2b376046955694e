package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.rules.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Request records (I1-I5) on JPA, bound to one transaction. */
final class JpaRequestStore implements RequestStore {
  private static final String REFUSED =
      " where r.operation in :operations and r.outcomeResult is not null"
          + " and r.outcomeResult <> :success";

  /** The store's native SQL with its table in one schema, built once per adapter. */
  static final class Statements {
    private final String claim;
    private final String complete;

    Statements(String schema) {
      String requestRecords = schema + ".request_records";
      // One statement claims a new id or, for a committed one, leaves it (NOT EXISTS sees it); an
      // id claimed by a transaction still open passes NOT EXISTS and then collides on the primary
      // key. The casts give the parameters a type without capping a length (too long still
      // fails); the amount takes the column's own type, as H2's plain NUMERIC has scale 0 and
      // would round it.
      claim =
          "INSERT INTO "
              + requestRecords
              + " (integration, request_id, operation, fingerprint,"
              + " outcome_result, outcome_transaction_id, outcome_balance, outcome_currency,"
              + " created_at, subject_key)"
              + " SELECT CAST(:integration AS VARCHAR), CAST(:id AS VARCHAR),"
              + " CAST(:operation AS VARCHAR), CAST(:fingerprint AS VARCHAR),"
              + " CAST(:result AS VARCHAR), CAST(:transactionId AS VARCHAR),"
              + " CAST(:balance AS NUMERIC(38, 18)), CAST(:currency AS VARCHAR),"
              + " CAST(:createdAt AS TIMESTAMP WITH TIME ZONE), CAST(:subject AS VARCHAR)"
              + " WHERE NOT EXISTS (SELECT 1 FROM "
              + requestRecords
              + " WHERE integration = :integration AND request_id = :id)";
      // The claim above left no managed row to change. Native SQL, as Hibernate translates a JPQL
      // update anew on every execution (a fifth of the adapter's CPU time in the benchmark on H2).
      // Both statements name the one entity they touch, so Hibernate does not flush the whole
      // session before each (it must for native SQL that could touch anything).
      complete =
          "UPDATE "
              + requestRecords
              + " SET outcome_result = :result,"
              + " outcome_transaction_id = :transactionId, outcome_balance = :balance,"
              + " outcome_currency = :currency WHERE integration = :integration"
              + " AND request_id = :id";
    }
  }

  private final TransactionScope scope;
  private final Statements statements;

  JpaRequestStore(TransactionScope scope, Statements statements) {
    this.scope = scope;
    this.statements = statements;
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
  public boolean claim(RequestRecord pending) {
    RecordedOutcome outcome = pending.outcome();
    return scope.guard(
        () ->
            scope
                    .entityManager()
                    .unwrap(Session.class)
                    .createNativeQuery(statements.claim)
                    .addSynchronizedEntityClass(RequestRecordEntity.class)
                    .setParameter("integration", pending.integration().value())
                    .setParameter("id", pending.requestId().value())
                    .setParameter("operation", pending.operation().storedName())
                    .setParameter("fingerprint", pending.fingerprint().value())
                    .setParameter("result", outcome == null ? null : outcome.result(), String.class)
                    .setParameter(
                        "transactionId",
                        outcome == null ? null : outcome.transactionId(),
                        String.class)
                    .setParameter(
                        "balance", outcome == null ? null : outcome.balance(), BigDecimal.class)
                    .setParameter("currency", currencyOf(outcome), String.class)
                    .setParameter("createdAt", pending.createdAt(), Instant.class)
                    .setParameter("subject", pending.subject(), String.class)
                    .executeUpdate()
                == 1);
  }

  @Override
  public void complete(Integration integration, RequestId requestId, RecordedOutcome outcome) {
    int updated =
        scope.guard(
            () ->
                scope
                    .entityManager()
                    .unwrap(Session.class)
                    .createNativeQuery(statements.complete)
                    .addSynchronizedEntityClass(RequestRecordEntity.class)
                    .setParameter("result", outcome.result(), String.class)
                    .setParameter("transactionId", outcome.transactionId(), String.class)
                    .setParameter("balance", outcome.balance(), BigDecimal.class)
                    .setParameter("currency", currencyOf(outcome), String.class)
                    .setParameter("integration", integration.value())
                    .setParameter("id", requestId.value())
                    .executeUpdate());
    if (updated != 1) {
      throw new IllegalStateException("no claimed request to complete: " + requestId.value());
    }
  }

  @Override
  public List<RequestRecord> findRefused(Collection<Operation> operations, int limit) {
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
                    .setParameter("operations", storedNames(operations))
                    .setParameter("success", RecordedOutcome.SUCCESS)
                    .setMaxResults(limit),
                EntityMapper::requestRecord));
  }

  @Override
  public long countRefused(Collection<Operation> operations) {
    if (operations.isEmpty()) {
      return 0;
    }
    return scope.guard(
        () ->
            scope
                .entityManager()
                .createQuery("select count(r) from RequestRecordEntity r" + REFUSED, Long.class)
                .setParameter("operations", storedNames(operations))
                .setParameter("success", RecordedOutcome.SUCCESS)
                .getSingleResult());
  }

  private static List<String> storedNames(Collection<Operation> operations) {
    return operations.stream().map(Operation::storedName).toList();
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

  // Bound with an explicit type, which Hibernate does not check against the value: the text, never
  // the code itself.
  private static String currencyOf(RecordedOutcome outcome) {
    return outcome == null || outcome.currency() == null ? null : outcome.currency().value();
  }
}
