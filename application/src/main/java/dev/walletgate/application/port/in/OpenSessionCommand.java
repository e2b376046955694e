package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform opens a game session for a player (S3: older sessions stay valid for settlement).
 *
 * @param session the platform's own session id, or empty to have one generated
 */
public record OpenSessionCommand(
    PlayerId player, CurrencyCode currency, Optional<SessionId> session) {
  public OpenSessionCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(session, "session");
  }
}
