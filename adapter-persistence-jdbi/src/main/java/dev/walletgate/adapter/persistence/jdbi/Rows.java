package dev.walletgate.adapter.persistence.jdbi;

import java.math.BigDecimal;
import java.time.Instant;

/** The tables' rows as Jdbi maps them (by constructor, snake_case columns to camelCase). */
final class Rows {
  private Rows() {}

  record AccountRow(String playerId, String currency, BigDecimal balance, boolean locked) {}

  record LedgerRow(
      String transactionId,
      String playerId,
      String currency,
      String kind,
      BigDecimal amount,
      BigDecimal balanceAfter,
      String integration,
      String entryKey,
      Instant createdAt) {}

  record SessionRow(
      String sessionId,
      String playerId,
      String currency,
      String state,
      Instant openedAt,
      Instant lastSeenAt) {}

  record RoundRow(String integration, String roundId, String state) {}

  record BetRow(
      String integration,
      String betKey,
      String playerId,
      String currency,
      BigDecimal stake,
      String roundId,
      String sessionId,
      String state,
      String debitTransactionId,
      String cancelTransactionId,
      Instant createdAt) {}

  record WinRow(
      String integration,
      String winKey,
      String playerId,
      String currency,
      BigDecimal amount,
      String roundId,
      String transactionId,
      Instant createdAt,
      BigDecimal winPart,
      BigDecimal jackpotPart) {}

  record RequestRow(
      String integration,
      String requestId,
      String operation,
      String fingerprint,
      String outcomeResult,
      String outcomeTransactionId,
      BigDecimal outcomeBalance,
      String outcomeCurrency,
      Instant createdAt,
      String subjectKey) {}
}
