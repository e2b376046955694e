package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A cancel (or refund) call as the rules book it. It carries no amount: one on the wire is never
 * trusted (C1).
 *
 * @param currency the currency the call names (Kyren), already checked; empty when none
 */
public record CancelCall(
    Integration integration,
    BetKey key,
    PlayerId player,
    Optional<SessionId> session,
    Optional<RoundId> round,
    Optional<CurrencyCode> currency) {
  public CancelCall {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(currency, "currency");
  }

  CancelAttempt attempt() {
    return new CancelAttempt(player, currency);
  }
}
