package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plain-JDBC baseline: the round trips it sends per callback kind, pinned, on H2 and (with
 * {@code WALLETGATE_TEST_POSTGRES_URL}) on PostgreSQL; and its mix at 8 and 16 client threads,
 * without errors and with every balance equal to its ledger.
 */
class BenchBaselineTest {
  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;

  @Test
  void onH2Memory_aCallbackIsTheOpeningQuery_thenTheWritesWithTheirCommit() throws Exception {
    try (BenchDatabase db = BenchDatabase.create("h2mem", null, 4)) {
      // The query that claims and reads, then the writes and COMMIT (a replay: COMMIT alone).
      assertRoundTrips(db, 2, 2, 2, 2);
    }
  }

  @Test
  void onAnH2File_theCountsAreH2Memorys() throws Exception {
    try (BenchDatabase db = BenchDatabase.create("h2file", null, 4)) {
      assertRoundTrips(db, 2, 2, 2, 2);
    }
  }

  @Test
  void onPostgres_aCallbackIsTwoRoundTrips_theCommitRidingWithTheWrites() throws Exception {
    try (BenchDatabase db = BenchDatabase.create("postgres", postgresUrl(), 4)) {
      // BEGIN and the query that claims and reads; then the writes and COMMIT.
      assertRoundTrips(db, 2, 2, 2, 2);
    }
  }

  @Test
  void onH2Memory_at8And16Threads_theMixRunsWithoutErrors_andEveryBalanceIsItsLedger()
      throws Exception {
    try (BenchDatabase db = BenchDatabase.create("h2mem", null, 16)) {
      assertMixRunsClean(db);
    }
  }

  @Test
  void onPostgres_at8And16Threads_theMixRunsWithoutErrors_andEveryBalanceIsItsLedger()
      throws Exception {
    try (BenchDatabase db = BenchDatabase.create("postgres", postgresUrl(), 16)) {
      assertMixRunsClean(db);
    }
  }

  private static void assertRoundTrips(
      BenchDatabase db, double bet, double win, double cancel, double replay) throws Exception {
    WalletServices setup = migrated(db);
    CountingDataSource counted = new CountingDataSource(db.pool);
    BenchPlayer player = InProcessBench.fundedPlayers(setup, "probe", 1).get(0);
    Map<String, CallbackStatements> perKind;
    try (Driver driver = JdbcBaselineDriver.on(counted).make()) {
      perKind = new StatementProbe(counted, player, "probe").run(driver);
      // A request id sent again with other content is refused from its record, booking nothing.
      Step first = new Step(Step.Kind.BET, "again", player, "again-r", "again-b", "again-b", false);
      Step other = new Step(Step.Kind.BET, "again", player, "other-r", "other-b", "other-b", false);
      assertThat(driver.execute(first)).isTrue();
      assertThat(driver.execute(other)).isFalse();
    }

    assertThat(perKind.get("bet").roundTrips()).as(perKind.toString()).isEqualTo(bet);
    assertThat(perKind.get("win").roundTrips()).as(perKind.toString()).isEqualTo(win);
    assertThat(perKind.get("cancel").roundTrips()).as(perKind.toString()).isEqualTo(cancel);
    assertThat(perKind.get("replay").roundTrips()).as(perKind.toString()).isEqualTo(replay);
    for (CallbackStatements kind : perKind.values()) {
      // Every round trip is one statement; the commit rides with the last.
      assertThat(kind.statements()).as(perKind.toString()).isEqualTo(kind.roundTrips());
      assertThat(kind.commits()).as(perKind.toString()).isEqualTo(1);
      assertThat(kind.rollbacks()).as(perKind.toString()).isZero();
    }
    assertBalancesAreTheirLedgers(db);
  }

  private static void assertMixRunsClean(BenchDatabase db) throws Exception {
    WalletServices setup = migrated(db);
    InProcessBench.DriverFactory drivers = JdbcBaselineDriver.on(db.pool);
    for (int threads : List.of(8, 16)) {
      String prefix = "mix" + threads;
      List<List<BenchPlayer>> players = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        players.add(InProcessBench.fundedPlayers(setup, prefix + "-t" + t, 2));
      }
      Point point =
          new LoadRun(Duration.ZERO, Duration.ofSeconds(1))
              .run(
                  "in-process",
                  db.name,
                  "baseline",
                  threads,
                  t ->
                      new LoadRun.Client(
                          new Mix(prefix + "-t" + t, players.get(t), t), drivers.make()));

      assertThat(point.operations()).as(point.toString()).isPositive();
      assertThat(point.errors()).as(point.toString()).isZero();
    }
    assertBalancesAreTheirLedgers(db);
  }

  // Each account's balance is the sum of its ledger entries and its latest entry's balance after;
  // every request claimed was completed.
  private static void assertBalancesAreTheirLedgers(BenchDatabase db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        Statement s = c.createStatement()) {
      int accounts = 0;
      try (ResultSet rows =
          s.executeQuery(
              "SELECT a.player_id, a.balance,"
                  + " (SELECT SUM(l.amount) FROM "
                  + SCHEMA
                  + ".ledger_entries l WHERE l.player_id = a.player_id"
                  + " AND l.currency = a.currency) AS booked,"
                  + " (SELECT l.balance_after FROM "
                  + SCHEMA
                  + ".ledger_entries l WHERE l.player_id = a.player_id"
                  + " AND l.currency = a.currency ORDER BY l.entry_no DESC LIMIT 1) AS latest"
                  + " FROM "
                  + SCHEMA
                  + ".accounts a")) {
        while (rows.next()) {
          accounts++;
          BigDecimal balance = rows.getBigDecimal("balance");
          assertThat(balance)
              .as(rows.getString("player_id"))
              .isEqualByComparingTo(rows.getBigDecimal("booked"))
              .isEqualByComparingTo(rows.getBigDecimal("latest"));
        }
      }
      assertThat(accounts).isPositive();
      try (ResultSet rows =
          s.executeQuery(
              "SELECT COUNT(*) FROM " + SCHEMA + ".request_records WHERE outcome_result IS NULL")) {
        rows.next();
        assertThat(rows.getLong(1)).isZero();
      }
    }
  }

  private static WalletServices migrated(BenchDatabase db) {
    new JdbiPersistence(db.pool).migrate();
    return new WalletServices(new JdbiPersistence(db.pool), WalletSettings.defaults());
  }

  // Skips (or fails, when PostgreSQL is required) without the test server's URL.
  private static String postgresUrl() {
    PostgresTestDatabase.create().close();
    return System.getenv(PostgresTestDatabase.URL_VARIABLE);
  }
}
