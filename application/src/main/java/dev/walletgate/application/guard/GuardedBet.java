package dev.walletgate.application.guard;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bet the rules would book, as the bet guard sees it (G1).
 *
 * @param stake the stake, checked against the money policy, in the bet's currency
 * @param game the provider's game, when its protocol names one
 * @param at the bet's instant, from the configured clock: the instant its booking would carry
 */
public record GuardedBet(
    Integration integration,
    PlayerId player,
    Money stake,
    RoundId round,
    BetKey key,
    Optional<String> game,
    Instant at) {
  public GuardedBet {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(stake, "stake");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(at, "at");
  }

  /** The bet's currency code. */
  public CurrencyCode currency() {
    return stake.currency().code();
  }
}
