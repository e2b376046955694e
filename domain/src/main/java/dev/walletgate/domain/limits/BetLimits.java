package dev.walletgate.domain.limits;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A player's bet limits in one currency (G4, G5).
 *
 * @param stake the most a single bet may stake
 * @param dailyLoss the most the player may lose in a calendar day: stakes minus wins and refunds
 */
public record BetLimits(PlayerId player, CurrencyCode currency, Limit stake, Limit dailyLoss) {
  public BetLimits {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(stake, "stake");
    Objects.requireNonNull(dailyLoss, "dailyLoss");
  }

  /** A player who never set a limit in that currency. */
  public static BetLimits none(PlayerId player, CurrencyCode currency) {
    return new BetLimits(player, currency, Limit.NONE, Limit.NONE);
  }

  /** Both limits as they stand at that instant (G7). */
  public BetLimits at(Instant now) {
    return new BetLimits(player, currency, stake.at(now), dailyLoss.at(now));
  }
}
