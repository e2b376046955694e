package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A win call as the rules book it; its amounts were already checked against the money policy.
 *
 * @param winPart the protocol's breakdown of the amount (stored, not added), if any
 * @param jackpotPart the jackpot part of that breakdown, if any
 * @param endsRound whether the win ends its round (R2)
 * @param requiresBet whether the protocol refuses a win for a round with no booked bet (W5)
 * @param bonus whether the win carries a free-round bonus code, which lifts that requirement
 */
public record WinCall(
    Integration integration,
    WinKey key,
    PlayerId player,
    RoundId round,
    Money amount,
    Optional<Money> winPart,
    Optional<Money> jackpotPart,
    boolean endsRound,
    boolean requiresBet,
    boolean bonus) {
  public WinCall {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(winPart, "winPart");
    Objects.requireNonNull(jackpotPart, "jackpotPart");
  }

  WinAttempt attempt() {
    return new WinAttempt(
        player, amount.currency().code(), amount.amount(), round, requiresBet, bonus);
  }
}
