package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.WinRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** SQL of the wins table. */
final class WinDao {
  /** This DAO's SQL with its table in one schema, built once per adapter. */
  static final class Statements {
    private final String find;
    private final QueuedSql insert;

    Statements(String schema) {
      String wins = schema + ".wins";
      find =
          "SELECT integration, win_key, player_id, currency, amount, round_id, transaction_id,"
              + " created_at, win_part, jackpot_part FROM "
              + wins
              + " WHERE integration = :integration AND win_key = :key";
      insert =
          QueuedSql.of(
              "INSERT INTO "
                  + wins
                  + " (integration, win_key, player_id, currency, amount, round_id,"
                  + " transaction_id, created_at, win_part, jackpot_part) VALUES (:integration, :key,"
                  + " :player, :currency, :amount, :round, :transactionId, :createdAt, :winPart,"
                  + " :jackpotPart)");
    }
  }

  private final Statements statements;
  private final Sql sql;

  WinDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  Sql.Read<WinRow> findRead(String integration, String key) {
    return new Sql.Read<>(
        statements.find,
        Rows.WIN,
        q -> q.bind("integration", text(integration)).bind("key", text(key)));
  }

  Optional<WinRow> find(String integration, String key) {
    return sql.one(findRead(integration, key));
  }

  void insert(
      String integration,
      String key,
      String player,
      String currency,
      BigDecimal amount,
      String round,
      String transactionId,
      Instant createdAt,
      BigDecimal winPart,
      BigDecimal jackpotPart) {
    sql.later(
        statements.insert,
        null,
        u ->
            u.bind("integration", text(integration))
                .bind("key", text(key))
                .bind("player", text(player))
                .bind("currency", text(currency))
                .bind("amount", decimal(amount))
                .bind("round", text(round))
                .bind("transactionId", text(transactionId))
                .bind("createdAt", instant(createdAt))
                .bind("winPart", decimal(winPart))
                .bind("jackpotPart", decimal(jackpotPart)));
  }
}
