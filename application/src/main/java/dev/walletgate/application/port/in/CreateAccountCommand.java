package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;

/** The platform creates a player's account in a currency at zero; idempotent. */
public record CreateAccountCommand(PlayerId player, CurrencyCode currency) {
  public CreateAccountCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
  }
}
