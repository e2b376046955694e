package dev.walletgate.adapter.persistence.jdbi;

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

/** A fresh, migrated {@link JdbiPersistence} over a HikariCP pool, on H2 or PostgreSQL. */
final class JdbiTestStorage implements StorageUnderTest {
  static final int POOL_SIZE = 10;

  /** Patient enough for 64 threads sharing the pool on a busy machine. */
  static final long PATIENT_MILLIS = 30_000;

  /** For the fault tests: an exhausted pool surfaces after this wait (HikariCP's minimum). */
  static final long IMPATIENT_MILLIS = 250;

  private final HikariDataSource dataSource;
  private final JdbiPersistence persistence;
  private final PostgresTestDatabase postgres;

  private JdbiTestStorage(
      String jdbcUrl, PostgresTestDatabase postgres, long connectionTimeoutMillis) {
    this.postgres = postgres;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(connectionTimeoutMillis);
    config.setPoolName("jdbi-test-" + UUID.randomUUID().toString().substring(0, 8));
    this.dataSource = new HikariDataSource(config);
    // On the shared PostgreSQL server, Walletgate's schema is the test's own private one.
    this.persistence =
        postgres == null
            ? new JdbiPersistence(dataSource)
            : new JdbiPersistence(dataSource, postgres.schema());
    persistence.migrate();
  }

  /** A private in-memory H2 database (no compatibility mode: the same SQL as PostgreSQL). */
  static JdbiTestStorage h2() {
    return h2(PATIENT_MILLIS);
  }

  static JdbiTestStorage h2(long connectionTimeoutMillis) {
    return new JdbiTestStorage(
        "jdbc:h2:mem:wg"
            + UUID.randomUUID().toString().replace("-", "")
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        null,
        connectionTimeoutMillis);
  }

  /** A private PostgreSQL schema; skips (or fails, when required) without a server. */
  static JdbiTestStorage postgres() {
    return postgres(PATIENT_MILLIS);
  }

  static JdbiTestStorage postgres(long connectionTimeoutMillis) {
    PostgresTestDatabase database = PostgresTestDatabase.create();
    try {
      return new JdbiTestStorage(database.jdbcUrl(), database, connectionTimeoutMillis);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  JdbiPersistence persistence() {
    return persistence;
  }

  @Override
  public Transactions transactions() {
    return persistence;
  }

  @Override
  public Optional<AutoCloseable> exhaustPool() {
    List<Connection> held = new ArrayList<>();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (held.size() < POOL_SIZE && System.nanoTime() < deadline) {
      try {
        held.add(dataSource.getConnection());
      } catch (SQLException busy) {
        // Every connection is in use by a running transaction: take the next one freed.
      }
    }
    if (held.size() < POOL_SIZE) {
      release(held);
      throw new IllegalStateException("could not take every connection of the pool");
    }
    return Optional.of(() -> release(held));
  }

  private void release(List<Connection> held) {
    for (Connection c : held) {
      try {
        c.close();
      } catch (SQLException e) {
        // The connection is returned to the pool either way.
      }
    }
  }

  @Override
  public OptionalInt terminateConnections() {
    return postgres == null ? OptionalInt.empty() : OptionalInt.of(postgres.terminateConnections());
  }

  @Override
  public void close() {
    try {
      if (postgres == null) {
        try (Connection c = dataSource.getConnection();
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        } catch (SQLException e) {
          // The database is gone either way.
        }
      }
      dataSource.close();
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
