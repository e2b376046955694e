package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the wallet's event feed: a change to a player's money or account, appended in the
 * transaction that made it and given its place in the feed once committed ({@link EventStore}).
 *
 * @param id a UUID in lower-case canonical form, unique in the feed, so that a consumer can tell an
 *     event it has already handled
 * @param position the event's place in the feed, from 1; null until {@link EventStore#sequence}
 *     gave it one
 * @param currency the account's currency; null for kinds about the player as a whole (locks)
 * @param amount the ledger entry's amount, signed as the ledger books it (negative for a debit);
 *     null for kinds that move no money
 * @param balanceAfter the account's balance after the entry; null for kinds that move no money
 * @param integration the provider integration; null for the platform's own operations
 * @param key the bet, win or round key, or the platform's reference; null if there is none
 * @param transaction the operator transaction id of the ledger entry; null if there is none
 */
public record WalletEvent(
    String id,
    Long position,
    EventKind kind,
    PlayerId player,
    CurrencyCode currency,
    BigDecimal amount,
    BigDecimal balanceAfter,
    Integration integration,
    String key,
    OperatorTransactionId transaction,
    Instant occurredAt) {
  public WalletEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(occurredAt, "occurredAt");
    // The canonical form only: two spellings of one UUID would be two ids to the unique index.
    if (!UUID.fromString(id).toString().equals(id)) {
      throw new IllegalArgumentException("event id is not a lower-case canonical UUID");
    }
    if (position != null && position < 1) {
      throw new IllegalArgumentException("event positions start at 1");
    }
    if (kind.movesMoney()) {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(balanceAfter, "balanceAfter");
    }
  }

  /** A new event, not yet in the feed, under a fresh random id. */
  public static WalletEvent of(
      EventKind kind,
      PlayerId player,
      CurrencyCode currency,
      BigDecimal amount,
      BigDecimal balanceAfter,
      Integration integration,
      String key,
      OperatorTransactionId transaction,
      Instant occurredAt) {
    return new WalletEvent(
        UUID.randomUUID().toString(),
        null,
        kind,
        player,
        currency,
        amount,
        balanceAfter,
        integration,
        key,
        transaction,
        occurredAt);
  }

  /** This event at the given place in the feed. */
  public WalletEvent at(long position) {
    return new WalletEvent(
        id,
        position,
        kind,
        player,
        currency,
        amount,
        balanceAfter,
        integration,
        key,
        transaction,
        occurredAt);
  }
}
