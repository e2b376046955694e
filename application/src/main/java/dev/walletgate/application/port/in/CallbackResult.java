package dev.walletgate.application.port.in;

import dev.walletgate.domain.outcome.Outcome;
import java.util.Objects;

/**
 * The answer to a provider callback: its outcome, and whether it is the recorded outcome of a
 * request id seen before (I2; LuckyMonaco shows it as {@code "retransmission": true}).
 */
public record CallbackResult(Outcome outcome, boolean replayed) {
  public CallbackResult {
    Objects.requireNonNull(outcome, "outcome");
  }

  /** A first answer (not a replay). */
  public static CallbackResult of(Outcome outcome) {
    return new CallbackResult(outcome, false);
  }
}
