package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;

/**
 * Kyren's Refund of a bet key: the same rules as a cancel (C1-C8). An amount on the wire is not
 * trusted and so is not part of the command.
 */
public record RefundBetCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    RoundId round,
    BetKey key,
    CurrencyCode currency) {
  public RefundBetCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(currency, "currency");
  }
}
