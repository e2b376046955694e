package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's session check (S1, I6).
 *
 * @param currency the currency the call names; empty means the session's currency
 */
public record CheckSessionCommand(
    PlayerId player, SessionId session, Optional<CurrencyCode> currency) {
  public CheckSessionCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(currency, "currency");
  }
}
