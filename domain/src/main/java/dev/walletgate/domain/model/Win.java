package dev.walletgate.domain.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A credit, booked once per win key (W1); a zero win is recorded but books no money (W3). */
public record Win(
    Integration integration,
    WinKey key,
    PlayerId player,
    String currency,
    BigDecimal amount,
    RoundId round,
    OperatorTransactionId transaction,
    Instant createdAt) {
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
