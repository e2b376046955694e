package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A credit, booked once per win key (W1); a zero win is recorded but books no money (W3).
 *
 * @param winPart the protocol's breakdown of the amount (LuckyMonaco {@code win}), stored, not
 *     added; null when the call had none
 * @param jackpotPart the jackpot part of the breakdown (LuckyMonaco {@code jackpot}), or null
 */
public record Win(
    Integration integration,
    WinKey key,
    PlayerId player,
    CurrencyCode currency,
    BigDecimal amount,
    RoundId round,
    OperatorTransactionId transaction,
    Instant createdAt,
    BigDecimal winPart,
    BigDecimal jackpotPart) {
  /** A win without a breakdown. */
  public Win(
      Integration integration,
      WinKey key,
      PlayerId player,
      CurrencyCode currency,
      BigDecimal amount,
      RoundId round,
      OperatorTransactionId transaction,
      Instant createdAt) {
    this(integration, key, player, currency, amount, round, transaction, createdAt, null, null);
  }

  public Win {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
