package dev.walletgate.adapter.persistence.jdbi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The tables' rows and their hand-written row mappers (read by column label, no reflection), so
 * that no query pays for inspecting a constructor.
 */
final class Rows {
  private Rows() {}

  record AccountRow(String playerId, String currency, BigDecimal balance, boolean locked) {}

  static final RowMapper<AccountRow> ACCOUNT =
      (rows, context) ->
          new AccountRow(
              rows.getString("player_id"),
              rows.getString("currency"),
              rows.getBigDecimal("balance"),
              rows.getBoolean("locked"));

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

  static final RowMapper<LedgerRow> LEDGER =
      (rows, context) ->
          new LedgerRow(
              rows.getString("transaction_id"),
              rows.getString("player_id"),
              rows.getString("currency"),
              rows.getString("kind"),
              rows.getBigDecimal("amount"),
              rows.getBigDecimal("balance_after"),
              rows.getString("integration"),
              rows.getString("entry_key"),
              instant(rows, "created_at"));

  record SessionRow(
      String sessionId,
      String playerId,
      String currency,
      String state,
      Instant openedAt,
      Instant lastSeenAt) {}

  static final RowMapper<SessionRow> SESSION =
      (rows, context) ->
          new SessionRow(
              rows.getString("session_id"),
              rows.getString("player_id"),
              rows.getString("currency"),
              rows.getString("state"),
              instant(rows, "opened_at"),
              instant(rows, "last_seen_at"));

  record RoundRow(String integration, String roundId, String state) {}

  static final RowMapper<RoundRow> ROUND =
      (rows, context) ->
          new RoundRow(
              rows.getString("integration"), rows.getString("round_id"), rows.getString("state"));

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

  static final RowMapper<BetRow> BET =
      (rows, context) ->
          new BetRow(
              rows.getString("integration"),
              rows.getString("bet_key"),
              rows.getString("player_id"),
              rows.getString("currency"),
              rows.getBigDecimal("stake"),
              rows.getString("round_id"),
              rows.getString("session_id"),
              rows.getString("state"),
              rows.getString("debit_transaction_id"),
              rows.getString("cancel_transaction_id"),
              instant(rows, "created_at"));

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

  static final RowMapper<WinRow> WIN =
      (rows, context) ->
          new WinRow(
              rows.getString("integration"),
              rows.getString("win_key"),
              rows.getString("player_id"),
              rows.getString("currency"),
              rows.getBigDecimal("amount"),
              rows.getString("round_id"),
              rows.getString("transaction_id"),
              instant(rows, "created_at"),
              rows.getBigDecimal("win_part"),
              rows.getBigDecimal("jackpot_part"));

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

  static final RowMapper<RequestRow> REQUEST =
      (rows, context) ->
          new RequestRow(
              rows.getString("integration"),
              rows.getString("request_id"),
              rows.getString("operation"),
              rows.getString("fingerprint"),
              rows.getString("outcome_result"),
              rows.getString("outcome_transaction_id"),
              rows.getBigDecimal("outcome_balance"),
              rows.getString("outcome_currency"),
              instant(rows, "created_at"),
              rows.getString("subject_key"));

  static final RowMapper<Long> COUNT = (rows, context) -> rows.getLong(1);

  /** A TIMESTAMP WITH TIME ZONE column as the {@link Instant} it denotes. */
  private static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
