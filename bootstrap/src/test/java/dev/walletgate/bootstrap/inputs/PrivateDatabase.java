package dev.walletgate.bootstrap.inputs;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.contract.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/** A database of one test class: a private in-memory H2 one, or a private PostgreSQL schema. */
final class PrivateDatabase implements AutoCloseable {
  private final String name;
  private final HikariDataSource pool;
  private final PostgresTestDatabase postgres;

  private PrivateDatabase(String name, String jdbcUrl, PostgresTestDatabase postgres) {
    this.name = name;
    this.postgres = postgres;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setPoolName("inputs-" + UUID.randomUUID().toString().substring(0, 8));
    this.pool = new HikariDataSource(config);
  }

  /** In-memory H2 without a compatibility mode: the same SQL as on PostgreSQL. */
  static PrivateDatabase h2() {
    return new PrivateDatabase(
        "H2",
        "jdbc:h2:mem:inputs" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
        null);
  }

  /** A private schema on the test server; skipped (or failed, when required) without one. */
  static PrivateDatabase postgres() {
    PostgresTestDatabase database = PostgresTestDatabase.create();
    try {
      return new PrivateDatabase("PostgreSQL", database.jdbcUrl(), database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  DataSource dataSource() {
    return pool;
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    try {
      if (postgres == null) {
        try (Connection c = pool.getConnection();
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        } catch (SQLException e) {
          // The in-memory database is gone either way.
        }
      }
      pool.close();
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
