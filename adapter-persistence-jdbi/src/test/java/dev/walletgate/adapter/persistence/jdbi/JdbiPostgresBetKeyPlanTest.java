package dev.walletgate.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.contract.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lookup of a bet by its key takes the primary key on PostgreSQL even before the bets table has
 * statistics, in the generic plan a prepared statement keeps. Were the round index led by
 * integration, the planner could cost it like the primary key, take it and filter every bet of the
 * integration for the key, growing slower with every bet stored.
 */
class JdbiPostgresBetKeyPlanTest {
  private static final int BETS = 2_000;

  private PostgresTestDatabase database;
  private HikariDataSource pool;

  @BeforeEach
  void open() throws SQLException {
    database = PostgresTestDatabase.create();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    new JdbiPersistence(pool, database.schema()).migrate();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      // No statistics for the test's lifetime, as on a table too new for autovacuum to analyze.
      s.execute("ALTER TABLE " + bets() + " SET (autovacuum_enabled = false)");
      s.execute(
          "INSERT INTO "
              + bets()
              + " (integration, bet_key, player_id, currency, stake, round_id, state,"
              + " created_at) SELECT 'kyren', 'b' || n, 'p' || (n % 10), 'EUR', 1, 'r' || (n / 2),"
              + " 'OPEN', now() FROM generate_series(1, "
              + BETS
              + ") AS n");
    }
  }

  @AfterEach
  void close() {
    pool.close();
    database.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT state FROM %s WHERE integration = $1 AND bet_key = $2 FOR UPDATE",
        "UPDATE %s SET state = 'SETTLED' WHERE integration = $1 AND bet_key = $2",
        "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM %s WHERE integration = $1 AND bet_key = $2)"
      })
  void beforeStatistics_aLookupByBetKey_takesThePrimaryKey(String lookup) throws SQLException {
    String plan;
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET plan_cache_mode = force_generic_plan");
      s.execute("PREPARE lookup(varchar, varchar) AS " + lookup.formatted(bets()));
      plan = lines(s.executeQuery("EXPLAIN EXECUTE lookup('kyren', 'b1500')"));
      s.execute("DEALLOCATE lookup");
    }

    assertThat(plan).contains("bets_pkey").doesNotContain("bets_by_round");
  }

  private String bets() {
    return database.schema() + ".bets";
  }

  private static String lines(ResultSet rows) throws SQLException {
    StringJoiner plan = new StringJoiner("\n");
    while (rows.next()) {
      plan.add(rows.getString(1));
    }
    return plan.toString();
  }
}
