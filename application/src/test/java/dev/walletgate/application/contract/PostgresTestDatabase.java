package dev.walletgate.application.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL schema, or a private database, for one test, on the server named by {@code
 * WALLETGATE_TEST_POSTGRES_URL}. Without that variable the test is skipped with the reason, unless
 * {@code WALLETGATE_REQUIRE_POSTGRES=1}, which makes it a failure. Closing drops the schema (and
 * the further schemas handed out by {@link #otherSchema}), or the database.
 */
public final class PostgresTestDatabase implements AutoCloseable {
  public static final String URL_VARIABLE = "WALLETGATE_TEST_POSTGRES_URL";
  public static final String REQUIRE_VARIABLE = "WALLETGATE_REQUIRE_POSTGRES";

  // jdbc:postgresql://host:port/database?parameters
  private static final Pattern DATABASE_IN_URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

  private final String baseUrl;
  private final String schema;
  private final String database;
  private final List<String> otherSchemas = new ArrayList<>();

  private PostgresTestDatabase(String baseUrl, String schema, String database) {
    this.baseUrl = baseUrl;
    this.schema = schema;
    this.database = database;
  }

  /** Creates a fresh empty schema, or skips (fails, when PostgreSQL is required) without a URL. */
  public static PostgresTestDatabase create() {
    String name = uniqueName();
    PostgresTestDatabase created = new PostgresTestDatabase(serverUrl(), name, null);
    created.execute("CREATE SCHEMA " + name);
    return created;
  }

  /**
   * Creates a fresh database of its own on the server, for code that chooses its schema itself (the
   * service keeps Walletgate's default schema), so that nothing it creates meets another test's;
   * skips or fails like {@link #create()}.
   */
  public static PostgresTestDatabase createDatabase() {
    String name = uniqueName();
    PostgresTestDatabase created = new PostgresTestDatabase(serverUrl(), "public", name);
    created.execute("CREATE DATABASE " + name);
    return created;
  }

  private static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String reason = URL_VARIABLE + " is not set, so the PostgreSQL tests cannot run";
      if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
        Assertions.fail(reason + " (" + REQUIRE_VARIABLE + "=1 requires them)");
      }
      Assumptions.abort(
          reason + "; set it, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    return url;
  }

  private static String uniqueName() {
    return "wg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** The connections' current schema: the private schema, or {@code public} of the database. */
  public String schema() {
    return schema;
  }

  /**
   * A further private schema name, {@code <schema>_<suffix>}, dropped on close; not created here,
   * so that the code under test may create it.
   */
  public String otherSchema(String suffix) {
    String name = (database == null ? schema : database) + "_" + suffix;
    otherSchemas.add(name);
    return name;
  }

  /**
   * The JDBC URL of the schema (its {@code currentSchema}) or of the database; the connections
   * carry the name as their application name so that {@link #terminateConnections()} finds them.
   */
  public String jdbcUrl() {
    if (database != null) {
      String url = inDatabase(database);
      return url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + database;
    }
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
            + " WHERE application_name = ? AND datname = "
            + (database == null ? "current_database()" : "?")
            + " AND pid <> pg_backend_pid() OFFSET 0) AS mine";
    try (Connection admin = DriverManager.getConnection(baseUrl);
        PreparedStatement statement = admin.prepareStatement(sql)) {
      statement.setString(1, database == null ? schema : database);
      if (database != null) {
        statement.setString(2, database);
      }
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

  /** Drops the schemas and everything in them, or the database with its last sessions. */
  @Override
  public void close() {
    if (database != null) {
      execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      return;
    }
    for (String other : otherSchemas) {
      execute("DROP SCHEMA IF EXISTS " + other + " CASCADE");
    }
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private String inDatabase(String name) {
    Matcher url = DATABASE_IN_URL.matcher(baseUrl);
    if (!url.matches()) {
      throw new IllegalStateException(
          URL_VARIABLE + " must look like jdbc:postgresql://host:port/database?user=...");
    }
    return url.group(1) + name + url.group(3);
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
