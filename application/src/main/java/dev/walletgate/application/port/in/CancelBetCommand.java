package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's cancel of a bet key (C1-C8), as the seeds define it: no amount.
 *
 * @param session recorded, never enforced (C4)
 * @param round the round the provider names, kept on a void (C3)
 * @param currency the currency the call names (Kyren); empty when the protocol sends none
 */
public record CancelBetCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    Optional<SessionId> session,
    Optional<RoundId> round,
    BetKey key,
    Optional<CurrencyCode> currency) {
  public CancelBetCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(currency, "currency");
  }
}
