package dev.walletgate.application.guard;

import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.LimitRules;
import dev.walletgate.domain.limits.LossDay;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in bet guard: each player's stake limit and daily loss limit in the bet's currency (G4,
 * G5), as set through {@code BetLimitsUseCase}, with raises in force once their cooling-off is over
 * (G7).
 */
public final class PlayerLimitGuard implements BetGuard {
  private final ZoneId dayZone;

  /** Days from midnight to midnight UTC. */
  public PlayerLimitGuard() {
    this(ZoneOffset.UTC);
  }

  /**
   * @param dayZone where a day of the daily loss limit begins and ends
   */
  public PlayerLimitGuard(ZoneId dayZone) {
    this.dayZone = Objects.requireNonNull(dayZone, "dayZone");
  }

  /** Where a day of the daily loss limit begins and ends. */
  public ZoneId dayZone() {
    return dayZone;
  }

  @Override
  public BetVerdict check(GuardedBet bet, GuardContext context) {
    Optional<BetLimits> stored = context.limits().find(bet.player(), bet.currency());
    if (stored.isEmpty()) {
      return BetVerdict.ALLOW;
    }
    BetLimits limits = stored.get().at(bet.at());
    BigDecimal stake = bet.stake().amount();
    if (!LimitRules.stakeAllowed(limits.stake(), stake)) {
      return BetVerdict.LIMIT_REACHED;
    }
    if (limits.dailyLoss().amount().isEmpty()) {
      // Only a daily limit needs the day's ledger.
      return BetVerdict.ALLOW;
    }
    LossDay day = LossDay.containing(bet.at(), dayZone);
    BigDecimal netLoss =
        context.limits().netLoss(bet.player(), bet.currency(), day.start(), day.end());
    return LimitRules.lossAllowed(limits.dailyLoss(), netLoss, stake)
        ? BetVerdict.ALLOW
        : BetVerdict.LIMIT_REACHED;
  }
}
