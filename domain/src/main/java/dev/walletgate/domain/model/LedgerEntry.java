package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One immutable balance change (L1).
 *
 * @param amount signed: negative for a debit
 * @param integration the provider integration; null for the platform's deposits and withdrawals
 * @param key the bet key, win key or the platform's reference
 */
public record LedgerEntry(
    OperatorTransactionId transaction,
    PlayerId player,
    CurrencyCode currency,
    EntryKind kind,
    BigDecimal amount,
    BigDecimal balanceAfter,
    Integration integration,
    String key,
    Instant createdAt) {
  public LedgerEntry {
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(balanceAfter, "balanceAfter");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(createdAt, "createdAt");
    if (amount.signum() != 0 && amount.signum() != kind.sign()) {
      throw new IllegalArgumentException(kind + " entries have sign " + kind.sign());
    }
  }

  /**
   * The entry a provider call books on the account: its player, currency and balance after are the
   * account's as the booking leaves it.
   */
  public static LedgerEntry booked(
      OperatorTransactionId transaction,
      Account after,
      EntryKind kind,
      BigDecimal amount,
      Integration integration,
      String key,
      Instant at) {
    return new LedgerEntry(
        transaction,
        after.player(),
        after.currency(),
        kind,
        amount,
        after.balance(),
        integration,
        key,
        at);
  }
}
