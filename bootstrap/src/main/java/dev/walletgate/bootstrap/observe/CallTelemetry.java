package dev.walletgate.bootstrap.observe;

import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.CallReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per answered callback and counts it in the metrics: callbacks by integration, call
 * and outcome, their latency as a histogram, and retried transactions. Request ids and keys come
 * from the provider, so control characters are masked before logging; no secret ever reaches a
 * {@link CallReport}.
 */
public final class CallTelemetry implements CallObserver {
  private static final Logger LOG = LoggerFactory.getLogger("walletgate.callbacks");
  private static final int MAX_LOGGED = 128;

  private final MeterRegistry registry;
  private final Counter retries;

  public CallTelemetry(MeterRegistry registry) {
    this.registry = registry;
    this.retries =
        Counter.builder("walletgate.transaction.retries")
            .description("transactions tried again after a retryable conflict")
            .register(registry);
  }

  @Override
  public void observed(CallReport report) {
    long millis = report.elapsed().toMillis();
    LOG.info(
        "{} {} request={} key={} outcome={}{} {}ms",
        report.integration(),
        report.call(),
        printable(report.requestId()),
        printable(report.key()),
        report.outcome(),
        report.replayed() ? " (replay)" : "",
        millis);
    Counter.builder("walletgate.callbacks")
        .description("answered provider callbacks")
        .tag("integration", report.integration())
        .tag("call", report.call())
        .tag("outcome", report.outcome())
        .register(registry)
        .increment();
    Timer.builder("walletgate.callback.latency")
        .description("time to answer a provider callback")
        .tag("integration", report.integration())
        .tag("call", report.call())
        .publishPercentileHistogram()
        .register(registry)
        .record(report.elapsed());
  }

  @Override
  public void retried() {
    retries.increment();
  }

  static String printable(String value) {
    if (value == null) {
      return "-";
    }
    String shown = value.length() > MAX_LOGGED ? value.substring(0, MAX_LOGGED) + "..." : value;
    StringBuilder out = new StringBuilder(shown.length());
    shown.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }
}
