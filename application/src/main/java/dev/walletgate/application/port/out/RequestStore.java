package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import java.time.Instant;
import java.util.Optional;

/** Outgoing persistence port for request records (I1-I5). */
public interface RequestStore {
  Optional<RequestRecord> find(Integration integration, RequestId requestId);

  /**
   * Claims (integration, request id) with a pending record (its outcome null); a taken id raises
   * {@link RetryableConflictException}.
   */
  void claim(RequestRecord pending);

  /** Stores the outcome of a claimed request. */
  void complete(Integration integration, RequestId requestId, RecordedOutcome outcome);

  /** Deletes request records created before the instant (I5); returns how many. */
  int purgeCreatedBefore(Instant cutoff);
}
