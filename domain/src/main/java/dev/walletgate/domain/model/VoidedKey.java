package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.Objects;

/**
 * The void a cancel of an unknown bet key leaves (C3): it holds the key so that a bet arriving
 * later with it is refused (B6). It moved no money.
 *
 * @param currency the currency the cancel named, or null
 * @param round the round the cancel named, or null
 * @param session the session the cancel carried, or null
 * @param transaction the void's own operator transaction id, answered again to a repeat (C2)
 */
public record VoidedKey(
    Integration integration,
    BetKey key,
    PlayerId player,
    CurrencyCode currency,
    RoundId round,
    SessionId session,
    OperatorTransactionId transaction,
    Instant createdAt)
    implements BetKeyHolder {
  public VoidedKey {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public BetState state() {
    return BetState.VOIDED;
  }

  @Override
  public OperatorTransactionId cancelTransaction() {
    return transaction;
  }
}
