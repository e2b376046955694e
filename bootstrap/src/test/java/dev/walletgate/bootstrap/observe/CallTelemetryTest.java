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

  @Test
  void givenACallback_oneLineTellsIntegrationCallIdsOutcomeReplayAndTime() {
    CallReport replayed =
        new CallReport("kyren", "Bet", "req-1\nx", null, "SUCCESS", true, Duration.ofMillis(12));

    assertThat(CallTelemetry.line(replayed))
        .isEqualTo("kyren Bet request=req-1?x key=- outcome=SUCCESS (replay) 12ms");
    assertThat(CallTelemetry.line(report("Result", "INSUFFICIENT_FUNDS")))
        .isEqualTo("kyren Result request=req key=key outcome=INSUFFICIENT_FUNDS 3ms");
  }

  @Test
  void givenManyCallbacks_eachMeterIsRegisteredOnce_andKeepsCounting() {
    for (int i = 0; i < 50; i++) {
      telemetry.observed(report("Bet", i % 2 == 0 ? "SUCCESS" : "INSUFFICIENT_FUNDS"));
      telemetry.observed(report("Result", "SUCCESS"));
    }

    assertThat(registry.find("walletgate.callbacks").counters()).hasSize(3);
    assertThat(registry.find("walletgate.callback.latency").timers()).hasSize(2);
    assertThat(
            registry
                .get("walletgate.callbacks")
                .tag("call", "Bet")
                .tag("outcome", "INSUFFICIENT_FUNDS")
                .counter()
                .count())
        .isEqualTo(25.0);
    assertThat(registry.get("walletgate.callback.latency").tag("call", "Result").timer().count())
        .isEqualTo(50);
  }

  @Test
  void givenValuesWithoutControlCharacters_theyAreLoggedUnchanged_evenOutsideLatin1() {
    assertThat(CallTelemetry.printable("r\u00e9f-\ud83c\udfb0-1"))
        .isEqualTo("r\u00e9f-\ud83c\udfb0-1");
    assertThat(CallTelemetry.printable("a\u0085b\u007fc\u0000")).isEqualTo("a?b?c?");
  }

  private static CallReport report(String call, String outcome) {
    return new CallReport("kyren", call, "req", "key", outcome, false, Duration.ofMillis(3));
  }
}
