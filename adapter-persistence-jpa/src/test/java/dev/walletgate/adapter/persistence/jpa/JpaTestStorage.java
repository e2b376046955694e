package dev.walletgate.adapter.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.application.contract.StorageUnderTest;
import dev.walletgate.application.port.out.Transactions;
import java.sql.Connection;
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

  /** Patience for a connection: 64 threads on a pool of 16 must all get one. */
  static final long PATIENT_MILLIS = 10_000;

  /** For the fault tests: an exhausted pool must surface while they run. */
  static final long IMPATIENT_MILLIS = 250;

  private static final int H2_DATABASE_CLOSED = 90121;
  private static final List<String> TABLES_CHILDREN_FIRST =
      List.of(
          "bet_limits",
          "ledger_entries",
          "accounts",
          "players",
          "bets",
          "rounds",
          "wins",
          "sessions",
          "request_records",
          "wallet_events",
          "wallet_event_cursors");

  private final HikariDataSource pool;
  private final String schema;
  private final JpaPersistence persistence;
  private final PostgresTestDatabase postgres;

  private JpaTestStorage(
      String jdbcUrl, PostgresTestDatabase postgres, long connectionTimeoutMillis) {
    this.postgres = postgres;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(connectionTimeoutMillis);
    config.setPoolName("jpa-test-" + UUID.randomUUID().toString().substring(0, 8));
    this.pool = new HikariDataSource(config);
    // On the shared PostgreSQL server, Walletgate's schema is the test's own private one.
    this.schema = postgres == null ? JpaPersistence.DEFAULT_SCHEMA : postgres.schema();
    this.persistence = new JpaPersistence(pool, schema);
    try {
      persistence.migrate();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** A private in-memory H2 database, with the same SQL as PostgreSQL (no compatibility mode). */
  static JpaTestStorage h2() {
    return h2(PATIENT_MILLIS);
  }

  static JpaTestStorage h2(long connectionTimeoutMillis) {
    return new JpaTestStorage(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        null,
        connectionTimeoutMillis);
  }

  /** A private schema on the PostgreSQL test server; skips (or fails) without one. */
  static JpaTestStorage postgres() {
    return postgres(PATIENT_MILLIS);
  }

  static JpaTestStorage postgres(long connectionTimeoutMillis) {
    PostgresTestDatabase database = PostgresTestDatabase.create();
    try {
      return new JpaTestStorage(database.jdbcUrl(), database, connectionTimeoutMillis);
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

  /** Walletgate's schema in this storage, for SQL written outside the adapter. */
  String schema() {
    return schema;
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
    SQLException last = null;
    long deadline = System.nanoTime() + 10_000_000_000L;
    // On a loaded machine the impatient pool may give up before a busy connection is freed or a
    // new one is opened: take the next one as it comes, until the deadline.
    while (held.size() < POOL_SIZE && System.nanoTime() < deadline) {
      try {
        held.add(pool.getConnection());
      } catch (SQLException busy) {
        last = busy;
      }
    }
    if (held.size() < POOL_SIZE) {
      closeAll(held);
      throw new IllegalStateException("could not take every connection of the pool", last);
    }
    return Optional.of(() -> closeAll(held));
  }

  @Override
  public OptionalInt terminateConnections() {
    return postgres == null ? OptionalInt.empty() : OptionalInt.of(postgres.terminateConnections());
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

  /**
   * Deletes every row (children before parents), leaving the migrated schema; the event sequencer's
   * one row stays, set back to where a fresh migration leaves it.
   */
  void deleteAllRows() {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES_CHILDREN_FIRST) {
        statement.executeUpdate("DELETE FROM " + schema + "." + table);
      }
      statement.executeUpdate("UPDATE " + schema + ".wallet_event_sequencer SET last_position = 0");
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
