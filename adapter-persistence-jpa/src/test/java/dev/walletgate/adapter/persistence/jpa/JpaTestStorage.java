package dev.walletgate.adapter.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.application.contract.StorageUnderTest;
import dev.walletgate.application.port.out.Transactions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A fresh, migrated, empty {@link JpaPersistence} for one test: over a private in-memory H2
 * database, or over a private PostgreSQL schema, each behind its own small HikariCP pool.
 */
final class JpaTestStorage implements StorageUnderTest {
  /** Large enough for the contention tests, small enough to exhaust. */
  static final int POOL_SIZE = 16;

  /** Shorter than the contract's pool-exhaustion window, so that waiting for it times out. */
  static final long CONNECTION_TIMEOUT_MILLIS = 1000;

  private static final int H2_DATABASE_CLOSED = 90121;
  private static final List<String> TABLES_CHILDREN_FIRST =
      List.of(
          "ledger_entries",
          "accounts",
          "players",
          "bets",
          "rounds",
          "wins",
          "sessions",
          "request_records");

  private final HikariDataSource pool;
  private final JpaPersistence persistence;
  private final PostgresTestDatabase postgres;

  private JpaTestStorage(String jdbcUrl, PostgresTestDatabase postgres) {
    this.postgres = postgres;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    config.setPoolName("jpa-test-" + UUID.randomUUID().toString().substring(0, 8));
    this.pool = new HikariDataSource(config);
    this.persistence = new JpaPersistence(pool);
    try {
      persistence.migrate();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** A private in-memory H2 database, with the same SQL as PostgreSQL (no compatibility mode). */
  static JpaTestStorage h2() {
    return new JpaTestStorage(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", null);
  }

  /** A private schema on the PostgreSQL test server; skips (or fails) without one. */
  static JpaTestStorage postgres() {
    PostgresTestDatabase database = PostgresTestDatabase.create();
    try {
      return new JpaTestStorage(database.jdbcUrl(), database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  @Override
  public Transactions transactions() {
    return persistence;
  }

  /** The pool behind the storage, for tests that open a second adapter over the same database. */
  HikariDataSource dataSource() {
    return pool;
  }

  /** Runs one SQL statement outside the adapter, e.g. to change the schema under it. */
  void execute(String sql) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not execute " + sql, e);
    }
  }

  @Override
  public Optional<AutoCloseable> exhaustPool() {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < POOL_SIZE; i++) {
        held.add(pool.getConnection());
      }
    } catch (SQLException e) {
      closeAll(held);
      throw new IllegalStateException("could not take every connection of the pool", e);
    }
    return Optional.of(() -> closeAll(held));
  }

  /**
   * Terminates the server sessions of this storage's pool, and only those. The victims are listed
   * first and killed one by one: in a single {@code SELECT ... WHERE application_name = ? AND
   * pg_terminate_backend(pid)} PostgreSQL may evaluate the terminate call before the other filters
   * (its plan does) and so kill every session on the server.
   */
  @Override
  public OptionalInt terminateConnections() {
    if (postgres == null) {
      return OptionalInt.empty();
    }
    List<Integer> victims = new ArrayList<>();
    try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl())) {
      try (PreparedStatement list =
          admin.prepareStatement(
              "SELECT pid FROM pg_stat_activity"
                  + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
        list.setString(1, postgres.schema());
        try (ResultSet rows = list.executeQuery()) {
          while (rows.next()) {
            victims.add(rows.getInt(1));
          }
        }
      }
      int killed = 0;
      try (PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
        for (int pid : victims) {
          kill.setInt(1, pid);
          try (ResultSet result = kill.executeQuery()) {
            if (result.next() && result.getBoolean(1)) {
              killed++;
            }
          }
        }
      }
      // Idle connections would otherwise be handed out dead (Hikari skips the liveness check for
      // connections used in the last 500 ms); evict them as a health check would after an outage.
      // Connections in use still die under their transactions, which is the fault under test.
      pool.getHikariPoolMXBean().softEvictConnections();
      return OptionalInt.of(killed);
    } catch (SQLException e) {
      throw new IllegalStateException("could not terminate the test connections", e);
    }
  }

  @Override
  public void close() {
    try {
      persistence.close();
      if (postgres == null) {
        shutDownH2();
      }
    } finally {
      pool.close();
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** Deletes every row (children before parents), leaving the migrated schema. */
  void deleteAllRows() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES_CHILDREN_FIRST) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the test database", e);
    }
  }

  // DB_CLOSE_DELAY=-1 keeps an in-memory database after its last connection; free it now.
  private void shutDownH2() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      if (e.getErrorCode() != H2_DATABASE_CLOSED) {
        throw new IllegalStateException("could not shut the H2 test database down", e);
      }
    }
  }

  private static void closeAll(List<Connection> connections) {
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // A connection the fault already broke; the pool replaces it.
      }
    }
  }
}
