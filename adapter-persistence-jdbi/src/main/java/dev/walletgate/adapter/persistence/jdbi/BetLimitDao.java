package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** SQL of the bet_limits table, and the day's net loss read from ledger_entries. */
final class BetLimitDao {
  /** This DAO's SQL with its tables in one schema, built once per adapter. */
  static final class Statements {
    private final String find;
    private final String findForUpdate;
    private final String update;
    private final String insert;
    private final String netLoss;

    Statements(String schema) {
      String limits = schema + ".bet_limits";
      String select =
          "SELECT player_id, currency, stake_limit, stake_pending, stake_pending_from,"
              + " daily_loss_limit, daily_loss_pending, daily_loss_pending_from FROM "
              + limits
              + " WHERE player_id = :player AND currency = :currency";
      find = select;
      findForUpdate = select + " FOR UPDATE";
      update =
          "UPDATE "
              + limits
              + " SET stake_limit = :stakeLimit, stake_pending = :stakePending,"
              + " stake_pending_from = :stakePendingFrom, daily_loss_limit = :dailyLossLimit,"
              + " daily_loss_pending = :dailyLossPending,"
              + " daily_loss_pending_from = :dailyLossPendingFrom, updated_at = :updatedAt"
              + " WHERE player_id = :player AND currency = :currency";
      insert =
          "INSERT INTO "
              + limits
              + " (player_id, currency, stake_limit, stake_pending, stake_pending_from,"
              + " daily_loss_limit, daily_loss_pending, daily_loss_pending_from, updated_at)"
              + " VALUES (:player, :currency, :stakeLimit, :stakePending, :stakePendingFrom,"
              + " :dailyLossLimit, :dailyLossPending, :dailyLossPendingFrom, :updatedAt)";
      // Bets are negative, wins and refunds positive: the loss is the sum's opposite. The
      // platform's deposits and withdrawals are not play.
      netLoss =
          "SELECT COALESCE(SUM(amount), 0) FROM "
              + schema
              + ".ledger_entries WHERE player_id = :player AND currency = :currency"
              + " AND created_at >= :from AND created_at < :to"
              + " AND kind IN ('BET', 'WIN', 'REFUND')";
    }
  }

  /** A limit's three columns: in force, pending, and when the pending one takes effect. */
  record LimitColumns(BigDecimal amount, BigDecimal pending, Instant pendingFrom) {}

  record LimitsRow(String playerId, String currency, LimitColumns stake, LimitColumns dailyLoss) {}

  private static final RowMapper<LimitsRow> LIMITS =
      (rows, context) ->
          new LimitsRow(
              rows.getString("player_id"),
              rows.getString("currency"),
              new LimitColumns(
                  rows.getBigDecimal("stake_limit"),
                  rows.getBigDecimal("stake_pending"),
                  timestamp(rows, "stake_pending_from")),
              new LimitColumns(
                  rows.getBigDecimal("daily_loss_limit"),
                  rows.getBigDecimal("daily_loss_pending"),
                  timestamp(rows, "daily_loss_pending_from")));

  private static final RowMapper<BigDecimal> SUM = (rows, context) -> rows.getBigDecimal(1);

  private final Statements statements;
  private final Sql sql;

  BetLimitDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  Optional<LimitsRow> find(String player, String currency, boolean forUpdate) {
    return sql.one(
        forUpdate ? statements.findForUpdate : statements.find,
        LIMITS,
        q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }

  /** Replaces the row, or inserts it when there is none. */
  void save(LimitsRow row, Instant at) {
    if (sql.update(statements.update, u -> bindAll(u, row, at)) == 0) {
      sql.update(statements.insert, u -> bindAll(u, row, at));
    }
  }

  BigDecimal sumOfPlay(String player, String currency, Instant from, Instant to) {
    return sql.one(
            statements.netLoss,
            SUM,
            q ->
                q.bind("player", text(player))
                    .bind("currency", text(currency))
                    .bind("from", instant(from))
                    .bind("to", instant(to)))
        .orElse(BigDecimal.ZERO);
  }

  private static <S extends SqlStatement<S>> S bindAll(S statement, LimitsRow row, Instant at) {
    return statement
        .bind("player", text(row.playerId()))
        .bind("currency", text(row.currency()))
        .bind("stakeLimit", decimal(row.stake().amount()))
        .bind("stakePending", decimal(row.stake().pending()))
        .bind("stakePendingFrom", instant(row.stake().pendingFrom()))
        .bind("dailyLossLimit", decimal(row.dailyLoss().amount()))
        .bind("dailyLossPending", decimal(row.dailyLoss().pending()))
        .bind("dailyLossPendingFrom", instant(row.dailyLoss().pendingFrom()))
        .bind("updatedAt", instant(at));
  }

  private static Instant timestamp(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
