package dev.walletgate.bootstrap.bench;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.bootstrap.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The preload section: the mix through the Jdbi adapter at 8 clients on two fresh databases
 * (PostgreSQL when given, else the H2 file), one empty and one holding many bets with their request
 * records and ledger entries. Both points are measured alike: same server, adapter, clients and
 * duration, after the same settling step, and in turns, one run of each after the other.
 */
final class PreloadBench {
  static final int CLIENTS = 8;

  /** The fact of the rows stored when the empty point was measured. */
  static final String EMPTY_ROWS = "rows at preload-empty";

  /** The fact of the rows stored when the preloaded point was measured. */
  static final String FULL_ROWS = "rows at preload-full";

  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;

  private final BenchOptions options;
  private final Consumer<Point> sink;
  private final Map<String, Object> facts;

  PreloadBench(BenchOptions options, Consumer<Point> sink, Map<String, Object> facts) {
    this.options = options;
    this.sink = sink;
    this.facts = facts;
  }

  void run() throws Exception {
    String kind = options.postgresUrl() != null ? "postgres" : "h2file";
    InProcessBench bench = new InProcessBench(options, sink);
    try (Side full = Side.open(kind, options);
        Side empty = Side.open(kind, options)) {
      long started = System.nanoTime();
      Preload.bets(full.db.pool, options.preload());
      long millis = (System.nanoTime() - started) / 1_000_000;
      facts.put("preloadedBets", options.preload());
      facts.put(
          "preload",
          options.preload()
              + " bets, each with its request record and ledger entry, stored on "
              + kind
              + " in "
              + millis
              + " ms");
      // Both databases run the mix once before their statistics are taken: a table analyzed
      // empty (the preload stores no rounds or wins) gets plans for an empty table, a scan of the
      // whole table, which prepared statements keep as it grows.
      for (Side side : List.of(empty, full)) {
        bench.warmUp(side.db, "jdbi", side.setup, () -> side.driver);
        settle(side.db);
      }
      facts.put(EMPTY_ROWS, stored(empty.db));
      facts.put(FULL_ROWS, stored(full.db));
      // The points take turns: the JIT goes on compiling for minutes on two cores, so a point
      // measured after the other would run on better code.
      List<Point> emptyRuns = new ArrayList<>();
      List<Point> fullRuns = new ArrayList<>();
      for (int r = 0; r < options.repeat(); r++) {
        emptyRuns.add(empty.point(bench, "preload-empty"));
        fullRuns.add(full.point(bench, "preload-full"));
      }
      sink.accept(InProcessBench.median(emptyRuns));
      sink.accept(InProcessBench.median(fullRuns));
    }
  }

  /** One of the two databases, with the Jdbi adapter over it as the points drive it. */
  private record Side(
      BenchDatabase db,
      WalletServices setup,
      CountingDataSource counted,
      Walletgate walletgate,
      UseCaseDriver driver)
      implements AutoCloseable {
    static Side open(String kind, BenchOptions options) throws Exception {
      BenchDatabase db = BenchDatabase.create(kind, options.postgresUrl(), options.poolSize());
      try {
        new JdbiPersistence(db.pool).migrate();
        WalletServices setup =
            new WalletServices(new JdbiPersistence(db.pool), WalletSettings.defaults());
        CountingDataSource counted = new CountingDataSource(db.pool);
        Walletgate walletgate =
            Walletgate.builder(Persistence.JDBI.open(counted)).migrate(false).build();
        return new Side(db, setup, counted, walletgate, new UseCaseDriver(walletgate.services()));
      } catch (Exception | Error e) {
        db.close();
        throw e;
      }
    }

    Point point(InProcessBench bench, String section) throws Exception {
      return bench.point(db, "jdbi", CLIENTS, setup, () -> driver, counted, section);
    }

    @Override
    public void close() throws Exception {
      try {
        walletgate.close();
      } finally {
        db.close();
      }
    }
  }

  /** The rows the preloaded point found in the tables that grow with every callback. */
  record StoredRows(long bets, long requestRecords, long ledgerEntries) {
    @Override
    public String toString() {
      return bets
          + " bets, "
          + requestRecords
          + " request records, "
          + ledgerEntries
          + " ledger entries";
    }
  }

  /**
   * Brings the planner's statistics up to date before each point, so that neither runs on plans
   * made for a table of another size nor beside an autovacuum the preload set off; then writes out
   * what is still only in memory (CHECKPOINT), so that the preloaded point does not share the
   * database with the preload's pending writes.
   */
  private void settle(BenchDatabase db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(db.name.equals("postgres") ? "VACUUM ANALYZE" : "ANALYZE");
      try {
        s.execute("CHECKPOINT");
      } catch (SQLException e) {
        // PostgreSQL lets only a superuser or a member of pg_checkpoint ask for one.
        facts.put("preload checkpoint", "not run: " + e.getMessage());
      }
    }
  }

  private static StoredRows stored(BenchDatabase db) throws SQLException {
    return new StoredRows(
        count(db, "bets"), count(db, "request_records"), count(db, "ledger_entries"));
  }

  private static long count(BenchDatabase db, String table) throws SQLException {
    try (Connection c = db.pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + "." + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
