package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's debit call (B1-B7). The amount is checked against the currency by the service.
 *
 * @param game the provider's game, when its protocol names one: shown to the bet guard (G1), not
 *     part of the request's fingerprint, so a retransmission recorded before it was read still
 *     replays
 */
public record PlaceBetCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    SessionId session,
    RoundId round,
    BetKey key,
    BigDecimal amount,
    CurrencyCode currency,
    Optional<String> game) {
  public PlaceBetCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(game, "game");
  }

  /** A bet whose protocol names no game. */
  public PlaceBetCommand(
      Integration integration,
      RequestId requestId,
      PlayerId player,
      SessionId session,
      RoundId round,
      BetKey key,
      BigDecimal amount,
      CurrencyCode currency) {
    this(integration, requestId, player, session, round, key, amount, currency, Optional.empty());
  }
}
