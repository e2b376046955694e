package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/** A provider's end-of-round call (R1); the answer carries the player's balance. */
public record EndRoundCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    Optional<SessionId> session,
    RoundId round,
    CurrencyCode currency) {
  public EndRoundCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(currency, "currency");
  }
}
