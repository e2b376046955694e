package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/** A player's balance in one currency; {@code locked} is the player's lock (B5). */
public record Account(PlayerId player, CurrencyCode currency, BigDecimal balance, boolean locked) {
  public Account {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(balance, "balance");
  }

  /** This account holding the given balance, as a booking leaves it. */
  public Account withBalance(BigDecimal after) {
    return new Account(player, currency, after, locked);
  }
}
