package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's balance read (S1, I6).
 *
 * @param currency the currency asked for; empty means the session's currency
 */
public record GetBalanceCommand(
    PlayerId player, SessionId session, Optional<CurrencyCode> currency) {
  public GetBalanceCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(currency, "currency");
  }
}
