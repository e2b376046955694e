package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import java.math.BigDecimal;
import java.util.Objects;

/** A provider's debit call (B1-B7). The amount is checked against the currency by the service. */
public record PlaceBetCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    SessionId session,
    RoundId round,
    BetKey key,
    BigDecimal amount,
    String currency) {
  public PlaceBetCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }
}
