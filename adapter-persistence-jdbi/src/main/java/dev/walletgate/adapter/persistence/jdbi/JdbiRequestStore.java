package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.RequestRow;
import dev.walletgate.application.port.out.Claim;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Jdbi persistence adapter for request records (I1-I5). */
final class JdbiRequestStore implements RequestStore {
  private final RequestDao dao;

  JdbiRequestStore(RequestDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<RequestRecord> find(Integration integration, RequestId requestId) {
    return dao.find(integration.value(), requestId.value()).map(JdbiRequestStore::record);
  }

  @Override
  public boolean claim(RequestRecord pending) {
    return claimAhead(pending).won();
  }

  @Override
  public Claim claimAhead(RequestRecord pending) {
    RecordedOutcome outcome = pending.outcome();
    return dao.claim(
        new RequestRow(
            pending.integration().value(),
            pending.requestId().value(),
            pending.operation().storedName(),
            pending.fingerprint().value(),
            outcome == null ? null : outcome.result(),
            outcome == null ? null : outcome.transactionId(),
            outcome == null ? null : outcome.balance(),
            outcome == null || outcome.currency() == null ? null : outcome.currency().value(),
            pending.createdAt(),
            pending.subject()));
  }

  @Override
  public void complete(Integration integration, RequestId requestId, RecordedOutcome outcome) {
    dao.complete(
        integration.value(),
        requestId.value(),
        outcome.result(),
        outcome.transactionId(),
        outcome.balance(),
        outcome.currency() == null ? null : outcome.currency().value());
  }

  @Override
  public List<RequestRecord> findRefused(Collection<Operation> operations, int limit) {
    if (operations.isEmpty() || limit <= 0) {
      return List.of();
    }
    return dao.findRefused(storedNames(operations), RecordedOutcome.SUCCESS, limit).stream()
        .map(JdbiRequestStore::record)
        .toList();
  }

  @Override
  public long countRefused(Collection<Operation> operations) {
    if (operations.isEmpty()) {
      return 0;
    }
    return dao.countRefused(storedNames(operations), RecordedOutcome.SUCCESS);
  }

  @Override
  public int purgeCreatedBefore(Instant cutoff) {
    return dao.purgeCreatedBefore(cutoff);
  }

  private static List<String> storedNames(Collection<Operation> operations) {
    return operations.stream().map(Operation::storedName).toList();
  }

  private static RequestRecord record(RequestRow row) {
    RecordedOutcome outcome =
        row.outcomeResult() == null
            ? null
            : RecordedOutcome.stored(
                row.outcomeResult(),
                row.outcomeTransactionId(),
                row.outcomeBalance(),
                row.outcomeCurrency() == null ? null : new CurrencyCode(row.outcomeCurrency()));
    return new RequestRecord(
        new Integration(row.integration()),
        new RequestId(row.requestId()),
        Operation.ofStoredName(row.operation()),
        new Fingerprint(row.fingerprint()),
        outcome,
        row.createdAt(),
        row.subjectKey());
  }
}
