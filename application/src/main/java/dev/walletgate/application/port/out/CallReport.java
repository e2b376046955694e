package dev.walletgate.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * One answered provider callback.
 *
 * @param integration e.g. {@code kyren}
 * @param call the protocol's call name, e.g. {@code Bet} or {@code cancel}
 * @param requestId the provider's request id, or null when the body had none
 * @param key the bet or win key, or null
 * @param outcome {@code SUCCESS}, a refusal name, or a protocol-level answer such as {@code
 *     INVALID_PARAMETER}, {@code NOT_FOUND}, {@code RETRY}, {@code ERROR}
 * @param replayed whether the answer replayed a recorded outcome (I2)
 */
public record CallReport(
    String integration,
    String call,
    String requestId,
    String key,
    String outcome,
    boolean replayed,
    Duration elapsed) {
  public CallReport {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
