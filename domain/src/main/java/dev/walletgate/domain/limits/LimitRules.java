package dev.walletgate.domain.limits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** G4-G7: whether a bet stays within a player's limits, and how a new limit takes effect. */
public final class LimitRules {
  private LimitRules() {}

  /** G4: a single stake may be at most the stake limit in force. */
  public static boolean stakeAllowed(Limit stakeLimit, BigDecimal stake) {
    return stakeLimit.allows(stake);
  }

  /**
   * G5: the day's net loss with this stake added may be at most the daily loss limit in force.
   *
   * @param dayNetLoss stakes minus wins and refunds booked so far that day; negative when the
   *     player is ahead
   */
  public static boolean lossAllowed(Limit dailyLossLimit, BigDecimal dayNetLoss, BigDecimal stake) {
    return dailyLossLimit.allows(dayNetLoss.add(stake));
  }

  /**
   * G6, G7: the limit after the player asks for a new amount. Tightening (a lower amount, or a
   * limit where there was none) takes effect at once and drops a pending raise; asking for the
   * amount in force also drops it; loosening (a higher amount, or no limit) waits for the
   * cooling-off, while the limit in force holds. Asking again for the raise that is already pending
   * keeps its cooling-off, so that repeating a request cannot postpone it; any other raise starts a
   * cooling-off of its own.
   *
   * @param last the limit as last stored
   * @param requested the new amount; empty for no limit
   */
  public static Limit change(
      Limit last, Optional<BigDecimal> requested, Instant now, Duration coolingOff) {
    Objects.requireNonNull(requested, "requested");
    Limit current = last.at(now);
    Optional<BigDecimal> inForce = current.amount();
    if (tightens(requested, inForce) || same(requested, inForce)) {
      return new Limit(requested, Optional.empty());
    }
    if (current.pending().isPresent() && same(current.pending().get().amount(), requested)) {
      return current;
    }
    return new Limit(
        inForce, Optional.of(new PendingRaise(requested, toTheMicrosecond(now.plus(coolingOff)))));
  }

  // Rounded up to the microsecond, the finest instant a timestamp column keeps: the time shown when
  // a raise is asked for is the time read back later, and the cooling-off is never shortened.
  private static Instant toTheMicrosecond(Instant at) {
    Instant truncated = at.truncatedTo(ChronoUnit.MICROS);
    return truncated.equals(at) ? at : truncated.plus(1, ChronoUnit.MICROS);
  }

  private static boolean tightens(Optional<BigDecimal> requested, Optional<BigDecimal> inForce) {
    if (requested.isEmpty()) {
      return false;
    }
    return inForce.isEmpty() || requested.get().compareTo(inForce.get()) < 0;
  }

  private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    return a.get().compareTo(b.get()) == 0;
  }
}
