package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.integer;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL of the wallet_events, wallet_event_sequencer and wallet_event_cursors tables. */
final class EventDao {
  /** This DAO's SQL with its tables in one schema, built once per adapter. */
  static final class Statements {
    private final QueuedSql append;
    private final String lockSequencer;
    private final String unsequenced;
    private final String position;
    private final String advanceSequencer;
    private final String readAfter;
    private final String oldestFirst;
    private final String deleteThrough;
    private final String oldestRetained;
    private final String cursor;
    private final String updateCursor;
    private final String insertCursor;

    Statements(String schema) {
      String events = schema + ".wallet_events";
      String sequencer = schema + ".wallet_event_sequencer";
      String cursors = schema + ".wallet_event_cursors";
      append =
          QueuedSql.of(
              "INSERT INTO "
                  + events
                  + " (event_id, event_kind, player_id, currency, amount, balance_after, integration,"
                  + " event_key, transaction_id, occurred_at) VALUES (:id, :kind, :player, :currency,"
                  + " :amount, :balanceAfter, :integration, :key, :transactionId, :occurredAt)");
      lockSequencer =
          "SELECT last_position FROM " + sequencer + " WHERE sequencer_id = 1 FOR UPDATE";
      unsequenced =
          "SELECT insertion_no FROM "
              + events
              + " WHERE position_no IS NULL ORDER BY insertion_no LIMIT :max";
      position =
          "UPDATE "
              + events
              + " SET position_no = :position"
              + " WHERE insertion_no = :insertionNo AND position_no IS NULL";
      advanceSequencer =
          "UPDATE " + sequencer + " SET last_position = :last WHERE sequencer_id = 1";
      readAfter =
          "SELECT event_id, position_no, event_kind, player_id, currency, amount, balance_after,"
              + " integration, event_key, transaction_id, occurred_at FROM "
              + events
              + " WHERE position_no > :after ORDER BY position_no LIMIT :limit";
      oldestFirst =
          "SELECT position_no, occurred_at FROM "
              + events
              + " WHERE position_no IS NOT NULL ORDER BY position_no LIMIT :limit";
      deleteThrough = "DELETE FROM " + events + " WHERE position_no <= :last";
      // One statement, so that both figures come from one snapshot: read apart, a sequencing
      // committed in between could make the feed look purged when it is not.
      oldestRetained =
          "SELECT COALESCE((SELECT MIN(position_no) FROM "
              + events
              + "), last_position + 1) FROM "
              + sequencer
              + " WHERE sequencer_id = 1";
      cursor = "SELECT position_no FROM " + cursors + " WHERE consumer = :consumer";
      updateCursor =
          "UPDATE " + cursors + " SET position_no = :position WHERE consumer = :consumer";
      insertCursor =
          "INSERT INTO " + cursors + " (consumer, position_no) VALUES (:consumer, :position)";
    }
  }

  /** A row of wallet_events as a reader sees it. */
  record EventRow(
      String eventId,
      long position,
      String kind,
      String playerId,
      String currency,
      BigDecimal amount,
      BigDecimal balanceAfter,
      String integration,
      String eventKey,
      String transactionId,
      Instant occurredAt) {}

  /** The position and age of a positioned event, as purging walks the feed. */
  record Positioned(long position, Instant occurredAt) {}

  private static final RowMapper<EventRow> EVENT =
      (rows, context) ->
          new EventRow(
              rows.getString("event_id"),
              rows.getLong("position_no"),
              rows.getString("event_kind"),
              rows.getString("player_id"),
              rows.getString("currency"),
              rows.getBigDecimal("amount"),
              rows.getBigDecimal("balance_after"),
              rows.getString("integration"),
              rows.getString("event_key"),
              rows.getString("transaction_id"),
              occurredAt(rows));

  private static final RowMapper<Positioned> POSITIONED =
      (rows, context) -> new Positioned(rows.getLong("position_no"), occurredAt(rows));

  private static final RowMapper<Long> NUMBER = (rows, context) -> rows.getLong(1);

  private final Statements statements;
  private final Sql sql;

  EventDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  void append(
      String id,
      String kind,
      String player,
      String currency,
      BigDecimal amount,
      BigDecimal balanceAfter,
      String integration,
      String key,
      String transactionId,
      Instant occurredAt) {
    sql.later(
        statements.append,
        null,
        u ->
            u.bind("id", text(id))
                .bind("kind", text(kind))
                .bind("player", text(player))
                .bind("currency", text(currency))
                .bind("amount", decimal(amount))
                .bind("balanceAfter", decimal(balanceAfter))
                .bind("integration", text(integration))
                .bind("key", text(key))
                .bind("transactionId", text(transactionId))
                .bind("occurredAt", instant(occurredAt)));
  }

  /** Locks the sequencer row until the transaction ends; returns the highest position given. */
  long lockSequencer() {
    return sql.one(statements.lockSequencer, NUMBER, q -> q)
        .orElseThrow(() -> new IllegalStateException("the event sequencer row is missing"));
  }

  /** The insertion numbers of the oldest events without a position, oldest first. */
  List<Long> unsequenced(int max) {
    return sql.list(statements.unsequenced, NUMBER, q -> q.bind("max", integer(max)));
  }

  /** Gives the events, in the order given, the positions from {@code first} on. */
  void position(List<Long> insertionNumbers, long first) {
    List<Function<PreparedBatch, PreparedBatch>> bindings = new ArrayList<>();
    for (int i = 0; i < insertionNumbers.size(); i++) {
      long position = first + i;
      long insertionNo = insertionNumbers.get(i);
      bindings.add(
          b -> b.bind("position", bigint(position)).bind("insertionNo", bigint(insertionNo)));
    }
    for (int updated : sql.batch(statements.position, bindings)) {
      // Only a sequencing holding the lock positions events, and it saw these without one.
      if (updated != 1 && updated != Statement.SUCCESS_NO_INFO) {
        throw new IllegalStateException("an event to position was positioned or deleted meanwhile");
      }
    }
  }

  void advanceSequencer(long last) {
    sql.update(statements.advanceSequencer, u -> u.bind("last", bigint(last)));
  }

  List<EventRow> readAfter(long position, int limit) {
    return sql.list(
        statements.readAfter,
        EVENT,
        q -> q.bind("after", bigint(position)).bind("limit", integer(limit)));
  }

  /** The lowest positioned events, lowest first, at most {@code limit}. */
  List<Positioned> oldestFirst(int limit) {
    return sql.list(statements.oldestFirst, POSITIONED, q -> q.bind("limit", integer(limit)));
  }

  /** Deletes the events positioned at or below {@code last}; returns how many. */
  int deleteThrough(long last) {
    return sql.update(statements.deleteThrough, u -> u.bind("last", bigint(last)));
  }

  long oldestRetained() {
    return sql.one(statements.oldestRetained, NUMBER, q -> q)
        .orElseThrow(() -> new IllegalStateException("the event sequencer row is missing"));
  }

  Optional<Long> cursor(String consumer) {
    return sql.one(statements.cursor, NUMBER, q -> q.bind("consumer", text(consumer)));
  }

  /** Updates the consumer's cursor; false if it has none yet. */
  boolean updateCursor(String consumer, long position) {
    return sql.update(
            statements.updateCursor,
            u -> u.bind("consumer", text(consumer)).bind("position", bigint(position)))
        == 1;
  }

  void insertCursor(String consumer, long position) {
    sql.update(
        statements.insertCursor,
        u -> u.bind("consumer", text(consumer)).bind("position", bigint(position)));
  }

  private static Argument bigint(long value) {
    return (index, statement, context) -> statement.setLong(index, value);
  }

  private static Instant occurredAt(ResultSet rows) throws SQLException {
    return rows.getObject("occurred_at", OffsetDateTime.class).toInstant();
  }
}
