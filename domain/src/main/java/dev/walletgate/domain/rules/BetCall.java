package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Money;
import java.util.Objects;

/** A bet call as the rules book it; its stake was already checked against the money policy. */
public record BetCall(
    Integration integration,
    BetKey key,
    PlayerId player,
    SessionId session,
    RoundId round,
    Money stake) {
  public BetCall {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(stake, "stake");
  }

  BetAttempt attempt() {
    return new BetAttempt(player, stake.currency().code(), stake.amount());
  }
}
