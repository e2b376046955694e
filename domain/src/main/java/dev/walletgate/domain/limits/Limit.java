package dev.walletgate.domain.limits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One bet limit of a player in a currency, as last set (G4, G5): the amount in force, and a raise
 * that waits for its cooling-off (G7).
 *
 * @param amount the limit in force; empty when there is none
 * @param pending a raise or removal that has not taken effect yet, as of when the limit was read
 */
public record Limit(Optional<BigDecimal> amount, Optional<PendingRaise> pending) {
  /** No limit, and none pending. */
  public static final Limit NONE = new Limit(Optional.empty(), Optional.empty());

  public Limit {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(pending, "pending");
    amount.ifPresent(Limit::requireNotNegative);
  }

  /** A limit of that amount with nothing pending. */
  public static Limit of(BigDecimal amount) {
    return new Limit(Optional.of(amount), Optional.empty());
  }

  /**
   * The limit as it stands at that instant: a pending raise whose cooling-off is over has taken
   * effect (G7), so a raise needs no write to take effect.
   */
  public Limit at(Instant now) {
    if (pending.isPresent() && pending.get().isDue(now)) {
      return new Limit(pending.get().amount(), Optional.empty());
    }
    return this;
  }

  /** Whether a total stays within the amount in force (equal to it is within). */
  public boolean allows(BigDecimal total) {
    return amount.map(limit -> total.compareTo(limit) <= 0).orElse(true);
  }

  static void requireNotNegative(BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a limit is never negative");
    }
  }
}
