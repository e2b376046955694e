package dev.walletgate.domain.limits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A raise or a removal of a limit that waits for its cooling-off (G7).
 *
 * @param amount the limit from then on; empty when the limit is to be removed
 * @param effectiveAt when the cooling-off ends and the raise takes effect
 */
public record PendingRaise(Optional<BigDecimal> amount, Instant effectiveAt) {
  public PendingRaise {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(effectiveAt, "effectiveAt");
    amount.ifPresent(Limit::requireNotNegative);
  }

  /** Whether the cooling-off is over at that instant. */
  public boolean isDue(Instant now) {
    return !now.isBefore(effectiveAt);
  }
}
