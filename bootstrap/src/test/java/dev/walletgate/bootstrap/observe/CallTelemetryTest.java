package dev.walletgate.bootstrap.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.CallReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallTelemetryTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CallTelemetry telemetry = new CallTelemetry(registry);

  @Test
  void givenCallbacks_theyAreCountedByIntegrationCallAndOutcome_andTimed() {
    telemetry.observed(report("Bet", "SUCCESS"));
    telemetry.observed(report("Bet", "SUCCESS"));
    telemetry.observed(report("Bet", "INSUFFICIENT_FUNDS"));
    telemetry.retried();

    assertThat(
            registry
                .get("walletgate.callbacks")
                .tag("call", "Bet")
                .tag("outcome", "SUCCESS")
                .counter()
                .count())
        .isEqualTo(2.0);
    assertThat(
            registry
                .get("walletgate.callbacks")
                .tag("outcome", "INSUFFICIENT_FUNDS")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get("walletgate.callback.latency").timer().count()).isEqualTo(3);
    assertThat(registry.get("walletgate.transaction.retries").counter().count()).isEqualTo(1.0);
  }

  @Test
  void givenProviderControlledIds_controlCharactersAreMaskedAndLongValuesCut() {
    assertThat(CallTelemetry.printable("req-1\nFAKE LOG LINE\r")).isEqualTo("req-1?FAKE LOG LINE?");
    assertThat(CallTelemetry.printable("x".repeat(500))).hasSize(131).endsWith("...");
    assertThat(CallTelemetry.printable(null)).isEqualTo("-");
  }

  private static CallReport report(String call, String outcome) {
    return new CallReport("kyren", call, "req", "key", outcome, false, Duration.ofMillis(3));
  }
}
