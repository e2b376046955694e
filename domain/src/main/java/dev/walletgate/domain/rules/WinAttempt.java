package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The content of a win call the rules compare and book.
 *
 * @param requiresBet whether the protocol refuses a win for a round with no booked bet (W5)
 * @param bonus whether the win carries a free-round bonus code, which lifts that requirement
 */
public record WinAttempt(
    PlayerId player,
    CurrencyCode currency,
    BigDecimal amount,
    RoundId round,
    boolean requiresBet,
    boolean bonus) {
  public WinAttempt {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(round, "round");
  }
}
