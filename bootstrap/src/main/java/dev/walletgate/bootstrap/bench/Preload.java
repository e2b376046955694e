package dev.walletgate.bootstrap.bench;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Stores many settled bets quickly, with their request records and ledger entries, on one preload
 * account: batched inserts in chunks of one transaction each.
 */
final class Preload {
  // The bench runs Walletgate in its default schema.
  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 20_000;

  private Preload() {}

  static void bets(DataSource pool, int count) throws SQLException {
    String player = "preload-player";
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
    BigDecimal stake = new BigDecimal(Mix.STAKE);
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO "
                      + SCHEMA
                      + ".players (player_id, locked, created_at) VALUES (?, FALSE, ?)");
          PreparedStatement a =
              c.prepareStatement(
                  "INSERT INTO "
                      + SCHEMA
                      + ".accounts (player_id, currency, balance, created_at)"
                      + " VALUES (?, ?, 0, ?)")) {
        p.setString(1, player);
        p.setObject(2, at);
        p.executeUpdate();
        a.setString(1, player);
        a.setString(2, Mix.CURRENCY);
        a.setObject(3, at);
        a.executeUpdate();
      }
      try (PreparedStatement bet =
              c.prepareStatement(
                  "INSERT INTO "
                      + SCHEMA
                      + ".bets (integration, bet_key, player_id, currency, stake, round_id,"
                      + " session_id, state, debit_transaction_id, created_at)"
                      + " VALUES ('kyren', ?, ?, ?, ?, ?, 'preload-session', 'SETTLED', ?, ?)");
          PreparedStatement request =
              c.prepareStatement(
                  "INSERT INTO "
                      + SCHEMA
                      + ".request_records (integration, request_id, operation, fingerprint,"
                      + " outcome_result, outcome_transaction_id, created_at, subject_key)"
                      + " VALUES ('kyren', ?, 'bet', ?, 'SUCCESS', ?, ?, ?)");
          PreparedStatement entry =
              c.prepareStatement(
                  "INSERT INTO "
                      + SCHEMA
                      + ".ledger_entries (transaction_id, player_id, currency, kind, amount,"
                      + " balance_after, integration, entry_key, created_at)"
                      + " VALUES (?, ?, ?, 'BET', ?, 0, 'kyren', ?, ?)")) {
        for (int i = 1; i <= count; i++) {
          String key = "preload-b" + i;
          String transaction = "preload-t" + i;
          bet.setString(1, key);
          bet.setString(2, player);
          bet.setString(3, Mix.CURRENCY);
          bet.setBigDecimal(4, stake);
          bet.setString(5, "preload-r" + i);
          bet.setString(6, transaction);
          bet.setObject(7, at);
          bet.addBatch();
          request.setString(1, "preload-q" + i);
          request.setString(2, String.format("%064x", i));
          request.setString(3, transaction);
          request.setObject(4, at);
          request.setString(5, key);
          request.addBatch();
          entry.setString(1, transaction);
          entry.setString(2, player);
          entry.setString(3, Mix.CURRENCY);
          entry.setBigDecimal(4, stake.negate());
          entry.setString(5, key);
          entry.setObject(6, at);
          entry.addBatch();
          if (i % BATCH == 0 || i == count) {
            bet.executeBatch();
            request.executeBatch();
            entry.executeBatch();
          }
          if (i % COMMIT_EVERY == 0) {
            c.commit();
          }
        }
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }
}
