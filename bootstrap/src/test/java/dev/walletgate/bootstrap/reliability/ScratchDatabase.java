package dev.walletgate.bootstrap.reliability;

import dev.walletgate.application.contract.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database on the PostgreSQL test server ({@code WALLETGATE_TEST_POSTGRES_URL}), for runs
 * through a pooler: PgBouncer in transaction mode cannot carry a per-session search_path, so such a
 * run gets a database of its own instead of a schema. Closing drops it.
 */
final class ScratchDatabase implements AutoCloseable {
  private static final Pattern HOST_PORT =
      Pattern.compile("^jdbc:postgresql://([^/:,?]+)(?::(\\d+))?/");

  final String name;
  final String host;
  final int port;
  private final String serverUrl;

  private ScratchDatabase(String name, String host, int port, String serverUrl) {
    this.name = name;
    this.host = host;
    this.port = port;
    this.serverUrl = serverUrl;
  }

  /** Creates it; skips (fails, when PostgreSQL is required) without the test server's URL. */
  static ScratchDatabase create() throws SQLException {
    // The schema is not used; creating it applies the suite's rule for a missing server URL.
    PostgresTestDatabase.create().close();
    String serverUrl = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    Matcher m = HOST_PORT.matcher(serverUrl);
    if (!m.find()) {
      throw new IllegalArgumentException("not a single-host PostgreSQL URL: " + serverUrl);
    }
    String name =
        "wg_pooled_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new ScratchDatabase(
        name, m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), serverUrl);
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl);
        Statement s = c.createStatement()) {
      // FORCE: the pooler may still hold idle server sessions on it.
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
