package dev.walletgate.application.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL schema for one test, on the server named by {@code
 * WALLETGATE_TEST_POSTGRES_URL}. Without that variable the test is skipped with the reason, unless
 * {@code WALLETGATE_REQUIRE_POSTGRES=1}, which makes it a failure. Closing drops the schema.
 */
public final class PostgresTestDatabase implements AutoCloseable {
  public static final String URL_VARIABLE = "WALLETGATE_TEST_POSTGRES_URL";
  public static final String REQUIRE_VARIABLE = "WALLETGATE_REQUIRE_POSTGRES";

  private final String baseUrl;
  private final String schema;

  private PostgresTestDatabase(String baseUrl, String schema) {
    this.baseUrl = baseUrl;
    this.schema = schema;
  }

  /** Creates a fresh empty schema, or skips (fails, when PostgreSQL is required) without a URL. */
  public static PostgresTestDatabase create() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String reason = URL_VARIABLE + " is not set, so the PostgreSQL tests cannot run";
      if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
        Assertions.fail(reason + " (" + REQUIRE_VARIABLE + "=1 requires them)");
      }
      Assumptions.abort(
          reason + "; set it, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    String schema = "wg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    PostgresTestDatabase database = new PostgresTestDatabase(url, schema);
    database.execute("CREATE SCHEMA " + schema);
    return database;
  }

  public String schema() {
    return schema;
  }

  /**
   * The JDBC URL of the schema: {@code currentSchema} points at it, and the connections carry it as
   * their application name so that {@link #terminateConnections()} finds them.
   */
  public String jdbcUrl() {
    String separator = baseUrl.contains("?") ? "&" : "?";
    return baseUrl + separator + "currentSchema=" + schema + "&ApplicationName=" + schema;
  }

  /** Terminates every server session opened through {@link #jdbcUrl()}; returns how many. */
  public int terminateConnections() {
    // The sessions are chosen in a subquery that the planner cannot flatten (OFFSET 0), and
    // terminated in the select list, which is evaluated only for the rows chosen: no other
    // session of the server is ever touched.
    String sql =
        "SELECT pg_terminate_backend(mine.pid) FROM (SELECT pid FROM pg_stat_activity"
            + " WHERE application_name = ? AND datname = current_database()"
            + " AND pid <> pg_backend_pid() OFFSET 0) AS mine";
    try (Connection admin = DriverManager.getConnection(baseUrl);
        PreparedStatement statement = admin.prepareStatement(sql)) {
      statement.setString(1, schema);
      int killed = 0;
      try (ResultSet results = statement.executeQuery()) {
        while (results.next()) {
          if (results.getBoolean(1)) {
            killed++;
          }
        }
      }
      return killed;
    } catch (SQLException e) {
      throw new IllegalStateException("could not terminate the test connections", e);
    }
  }

  /** Drops the schema and everything in it. */
  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private void execute(String sql) {
    try (Connection admin = DriverManager.getConnection(baseUrl);
        Statement statement = admin.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + sql, e);
    }
  }
}
