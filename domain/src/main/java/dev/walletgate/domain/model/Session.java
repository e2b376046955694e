package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.Objects;

/** A game session the operator opened for a player; expires after an idle time (S4). */
public record Session(
    SessionId id,
    PlayerId player,
    CurrencyCode currency,
    SessionState state,
    Instant openedAt,
    Instant lastSeenAt) {
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(lastSeenAt, "lastSeenAt");
  }
}
