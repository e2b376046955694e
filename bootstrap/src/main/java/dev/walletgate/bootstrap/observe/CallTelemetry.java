package dev.walletgate.bootstrap.observe;

import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.CallReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per answered callback and counts it in the metrics: callbacks by integration, call
 * and outcome, their latency as a histogram, and retried transactions. Request ids and keys come
 * from the provider, so control characters are masked before logging; no secret ever reaches a
 * {@link CallReport}. Each meter is registered once and then reused: the integration, call and
 * outcome names are a small fixed set, and building and looking up a meter on every callback cost
 * more than the callback's own counting.
 */
public final class CallTelemetry implements CallObserver {
  private static final Logger LOG = LoggerFactory.getLogger("walletgate.callbacks");
  private static final int MAX_LOGGED = 128;

  private final MeterRegistry registry;
  private final Counter retries;
  private final ConcurrentMap<CounterKey, Counter> callbacks = new ConcurrentHashMap<>();
  private final ConcurrentMap<TimerKey, Timer> latencies = new ConcurrentHashMap<>();

  private record CounterKey(String integration, String call, String outcome) {}

  private record TimerKey(String integration, String call) {}

  public CallTelemetry(MeterRegistry registry) {
    this.registry = registry;
    this.retries =
        Counter.builder("walletgate.transaction.retries")
            .description("transactions tried again after a retryable conflict")
            .register(registry);
  }

  @Override
  public void observed(CallReport report) {
    if (LOG.isInfoEnabled()) {
      LOG.info(line(report));
    }
    callbacks
        .computeIfAbsent(
            new CounterKey(report.integration(), report.call(), report.outcome()), this::counter)
        .increment();
    latencies
        .computeIfAbsent(new TimerKey(report.integration(), report.call()), this::timer)
        .record(report.elapsed());
  }

  private Counter counter(CounterKey key) {
    return Counter.builder("walletgate.callbacks")
        .description("answered provider callbacks")
        .tag("integration", key.integration())
        .tag("call", key.call())
        .tag("outcome", key.outcome())
        .register(registry);
  }

  private Timer timer(TimerKey key) {
    return Timer.builder("walletgate.callback.latency")
        .description("time to answer a provider callback")
        .tag("integration", key.integration())
        .tag("call", key.call())
        .publishPercentileHistogram()
        .register(registry);
  }

  @Override
  public void retried() {
    retries.increment();
  }

  /** {@code kyren Bet request=<id> key=<key> outcome=SUCCESS[ (replay)] 3ms}. */
  static String line(CallReport report) {
    StringBuilder line = new StringBuilder(96);
    line.append(report.integration())
        .append(' ')
        .append(report.call())
        .append(" request=")
        .append(printable(report.requestId()))
        .append(" key=")
        .append(printable(report.key()))
        .append(" outcome=")
        .append(report.outcome());
    if (report.replayed()) {
      line.append(" (replay)");
    }
    return line.append(' ').append(report.elapsed().toMillis()).append("ms").toString();
  }

  static String printable(String value) {
    if (value == null) {
      return "-";
    }
    boolean cut = value.length() > MAX_LOGGED;
    String shown = cut ? value.substring(0, MAX_LOGGED) : value;
    // Control characters are all in the BMP and never part of a surrogate pair: masking them char
    // by char masks exactly the control code points.
    int first = firstControl(shown);
    if (first >= 0) {
      char[] masked = shown.toCharArray();
      for (int i = first; i < masked.length; i++) {
        if (Character.isISOControl(masked[i])) {
          masked[i] = '?';
        }
      }
      shown = new String(masked);
    }
    return cut ? shown + "..." : shown;
  }

  private static int firstControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
