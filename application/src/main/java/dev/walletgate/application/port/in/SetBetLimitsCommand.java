package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits a player asks for in one currency (G4-G7); both replace the limits asked for before.
 *
 * @param stakeLimit the most a single bet may stake; empty for no limit
 * @param dailyLossLimit the most the player may lose in a day; empty for no limit
 */
public record SetBetLimitsCommand(
    PlayerId player,
    CurrencyCode currency,
    Optional<BigDecimal> stakeLimit,
    Optional<BigDecimal> dailyLossLimit) {
  public SetBetLimitsCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(stakeLimit, "stakeLimit");
    Objects.requireNonNull(dailyLossLimit, "dailyLossLimit");
  }
}
