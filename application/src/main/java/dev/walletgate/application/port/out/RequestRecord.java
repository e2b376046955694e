package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider request seen once (I1).
 *
 * @param operation the call
 * @param outcome null only between the claim and the completion inside one transaction
 * @param subject the bet, win or round key the request is about, for reconciliation; may be null
 */
public record RequestRecord(
    Integration integration,
    RequestId requestId,
    Operation operation,
    Fingerprint fingerprint,
    RecordedOutcome outcome,
    Instant createdAt,
    String subject) {
  /** A record without a subject. */
  public RequestRecord(
      Integration integration,
      RequestId requestId,
      Operation operation,
      Fingerprint fingerprint,
      RecordedOutcome outcome,
      Instant createdAt) {
    this(integration, requestId, operation, fingerprint, outcome, createdAt, null);
  }

  public RequestRecord {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
