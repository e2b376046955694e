package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.rules.Operation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port for request records (I1-I5). */
public interface RequestStore {
  Optional<RequestRecord> find(Integration integration, RequestId requestId);

  /**
   * Claims (integration, request id) with a pending record (its outcome null) and answers true; an
   * id a committed record already holds is left as it is and answers false (then {@link #find}
   * reads it). An id another transaction claimed and has not yet committed raises {@link
   * RetryableConflictException} once that transaction commits (or waits until it rolls back and
   * claims it), so a new request costs one statement, not a look-up and an insert.
   */
  boolean claim(RequestRecord pending);

  /**
   * Claims as {@link #claim} does, but a store may send the claim with the transaction's next
   * statement, so that it costs no round trip of its own; the same faults then surface from that
   * statement or from {@link Claim#won()}. By default the claim is made at once.
   */
  default Claim claimAhead(RequestRecord pending) {
    return Claim.answered(claim(pending));
  }

  /** Stores the outcome of a claimed request. */
  void complete(Integration integration, RequestId requestId, RecordedOutcome outcome);

  /**
   * Records of these operations whose outcome is a refusal, newest first, at most {@code limit}
   * (reconciliation lists refused cancels, C5 and C6).
   */
  List<RequestRecord> findRefused(Collection<Operation> operations, int limit);

  /** How many records of these operations have a refusal as outcome. */
  long countRefused(Collection<Operation> operations);

  /** Deletes request records created before the instant (I5); returns how many. */
  int purgeCreatedBefore(Instant cutoff);
}
