package dev.walletgate.application.service;

import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import java.time.Instant;
import java.util.Objects;

/**
 * A state-changing provider call as its request record names it (I1).
 *
 * @param subject the key the call acts on (bet key, win key, round or session), for reports
 */
record RecordedCall(
    Integration integration,
    RequestId requestId,
    Operation operation,
    String subject,
    Fingerprint fingerprint) {
  RecordedCall {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The record that claims the request id, before its outcome is known. */
  RequestRecord claim(Instant at) {
    return new RequestRecord(integration, requestId, operation, fingerprint, null, at, subject);
  }
}
