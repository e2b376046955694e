package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/** The content of a bet call that the rules compare and book: who, how much, in what. */
public record BetAttempt(PlayerId player, CurrencyCode currency, BigDecimal stake) {
  public BetAttempt {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(stake, "stake");
  }
}
