package dev.walletgate.bootstrap.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A scratch database for one part of the run: a fresh H2 memory database, a fresh H2 file in a
 * temporary folder, a fresh schema on the given PostgreSQL server, or a fresh database on that
 * server used through PgBouncer; dropped on close.
 */
final class BenchDatabase implements AutoCloseable {
  final String name;
  final HikariDataSource pool;
  private final Runnable drop;

  private BenchDatabase(String name, HikariDataSource pool, Runnable drop) {
    this.name = name;
    this.pool = pool;
    this.drop = drop;
  }

  static BenchDatabase create(String kind, String postgresUrl, int poolSize) throws Exception {
    return create(kind, postgresUrl, null, poolSize);
  }

  static BenchDatabase create(String kind, String postgresUrl, String pgbouncerUrl, int poolSize)
      throws Exception {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    switch (kind) {
      case "h2mem":
        {
          String url = "jdbc:h2:mem:bench_" + id + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
          HikariDataSource pool = pool(url, "sa", null, poolSize);
          return new BenchDatabase(kind, pool, () -> execute(pool, "SHUTDOWN"));
        }
      case "h2file":
        {
          Path dir = Files.createTempDirectory("walletgate-bench-");
          // The service's own default URL for its data folder (WRITE_DELAY=0, AUTO_SERVER=TRUE),
          // so that the in-process point and the HTTP point run on the same database settings.
          String url = HttpBench.config(dir, 0, poolSize).dbUrl();
          HikariDataSource pool = pool(url, "sa", null, poolSize);
          return new BenchDatabase(
              kind,
              pool,
              () -> {
                execute(pool, "SHUTDOWN");
                deleteTree(dir);
              });
        }
      case "postgres":
        {
          if (postgresUrl == null) {
            throw new IllegalArgumentException("postgres needs --postgres-url");
          }
          String schema = "walletgate_bench_" + id.toLowerCase(Locale.ROOT);
          try (Connection c = DriverManager.getConnection(postgresUrl);
              Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
          }
          HikariDataSource pool = pool(postgresUrl, null, schema, poolSize);
          return new BenchDatabase(
              kind,
              pool,
              () -> {
                pool.close();
                try (Connection c = DriverManager.getConnection(postgresUrl);
                    Statement s = c.createStatement()) {
                  s.execute("DROP SCHEMA " + schema + " CASCADE");
                } catch (SQLException e) {
                  System.err.println("bench: could not drop schema " + schema + ": " + e);
                }
              });
        }
      case "pgbouncer":
        {
          if (postgresUrl == null || pgbouncerUrl == null) {
            throw new IllegalArgumentException(
                "pgbouncer needs --postgres-url and --pgbouncer-url");
          }
          // PgBouncer in transaction mode cannot carry a session's search_path, so this point
          // gets a database of its own (created on the server directly) rather than a schema.
          String database = "walletgate_bench_" + id.toLowerCase(Locale.ROOT);
          try (Connection c = DriverManager.getConnection(postgresUrl);
              Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
          }
          HikariDataSource pool = pool(throughPooler(pgbouncerUrl, database), null, null, poolSize);
          return new BenchDatabase(
              kind,
              pool,
              () -> {
                pool.close();
                try (Connection c = DriverManager.getConnection(postgresUrl);
                    Statement s = c.createStatement()) {
                  // FORCE: PgBouncer still holds idle server sessions on it.
                  s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                } catch (SQLException e) {
                  System.err.println("bench: could not drop database " + database + ": " + e);
                }
              });
        }
      default:
        throw new IllegalArgumentException("unknown database " + kind);
    }
  }

  /**
   * The PgBouncer URL with {@code database} in place of its database, and pgjdbc's named
   * server-side prepared statements off (prepareThreshold=0) unless the URL sets them: PgBouncer
   * 1.18 in transaction mode runs a client's transactions on any server session, where a statement
   * prepared on another one does not exist.
   */
  static String throughPooler(String pgbouncerUrl, String database) {
    String scheme = "jdbc:postgresql://";
    if (!pgbouncerUrl.startsWith(scheme)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + pgbouncerUrl);
    }
    int query = pgbouncerUrl.indexOf('?');
    String head = query < 0 ? pgbouncerUrl : pgbouncerUrl.substring(0, query);
    String parameters = query < 0 ? "" : pgbouncerUrl.substring(query + 1);
    int slash = head.indexOf('/', scheme.length());
    String hosts = slash < 0 ? head : head.substring(0, slash);
    if (!parameters.contains("prepareThreshold=")) {
      parameters = parameters.isEmpty() ? "prepareThreshold=0" : parameters + "&prepareThreshold=0";
    }
    return hosts + "/" + database + "?" + parameters;
  }

  // The service's own pool settings (WalletgateService.pool), sized for the client count.
  private static HikariDataSource pool(String url, String user, String schema, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("walletgate-bench");
    hikari.setJdbcUrl(url);
    if (user != null) {
      hikari.setUsername(user);
      hikari.setPassword("");
    }
    if (schema != null) {
      hikari.setSchema(schema);
    }
    hikari.setMaximumPoolSize(size);
    hikari.setConnectionTimeout(5_000);
    hikari.setValidationTimeout(2_000);
    return new HikariDataSource(hikari);
  }

  private static void execute(HikariDataSource pool, String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      System.err.println("bench: " + sql + ": " + e.getMessage());
    } finally {
      pool.close();
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("bench: could not delete " + dir + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    drop.run();
  }
}
