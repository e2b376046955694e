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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A scratch database for one part of the run: a fresh H2 memory database, a fresh H2 file in a
 * temporary folder, a fresh database on the given PostgreSQL server, or a fresh database on that
 * server used through PgBouncer; dropped on close.
 */
final class BenchDatabase implements AutoCloseable {
  // jdbc:postgresql://host:port/database?parameters
  private static final Pattern DATABASE_IN_URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

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
          // The query cache as the service's default H2 URL sets it.
          String url =
              "jdbc:h2:mem:bench_"
                  + id
                  + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
          HikariDataSource pool = pool(url, "sa", poolSize);
          return new BenchDatabase(
              kind,
              pool,
              () -> {
                // DB_CLOSE_DELAY=-1 keeps the database after its last connection closed: it goes
                // only with SHUTDOWN.
                pool.close();
                shutDown(url);
              });
        }
      case "h2file":
        {
          Path dir = Files.createTempDirectory("walletgate-bench-");
          BenchDatabase file = h2File(dir, poolSize);
          return new BenchDatabase(
              kind,
              file.pool,
              () -> {
                file.close();
                deleteTree(dir);
              });
        }
      case "postgres":
        {
          if (postgresUrl == null) {
            throw new IllegalArgumentException("postgres needs --postgres-url");
          }
          // A scratch database, not a schema: Walletgate keeps its tables in a schema of its own
          // (walletgate), which only a database of the run's own keeps apart from other runs'.
          String database = "walletgate_bench_" + id.toLowerCase(Locale.ROOT);
          try (Connection c = DriverManager.getConnection(postgresUrl);
              Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
          }
          HikariDataSource pool = pool(inDatabase(postgresUrl, database), null, poolSize);
          return new BenchDatabase(
              kind,
              pool,
              () -> {
                pool.close();
                try (Connection c = DriverManager.getConnection(postgresUrl);
                    Statement s = c.createStatement()) {
                  s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                } catch (SQLException e) {
                  System.err.println("bench: could not drop database " + database + ": " + e);
                }
              });
        }
      case "pgbouncer":
        {
          if (postgresUrl == null || pgbouncerUrl == null) {
            throw new IllegalArgumentException(
                "pgbouncer needs --postgres-url and --pgbouncer-url");
          }
          // A database of its own, created on the server directly, as for the direct point.
          String database = "walletgate_bench_" + id.toLowerCase(Locale.ROOT);
          try (Connection c = DriverManager.getConnection(postgresUrl);
              Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
          }
          HikariDataSource pool = pool(throughPooler(pgbouncerUrl, database), null, poolSize);
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
   * The service's own default H2 file in a data folder (WRITE_DELAY=0, AUTO_SERVER=TRUE), so that
   * what the bench measures in-process runs on the service's database settings; closing it closes
   * the database (the URL has no DB_CLOSE_DELAY: H2 closes the file with its last connection, the
   * pool's) and keeps the folder.
   */
  static BenchDatabase h2File(Path dataDir, int poolSize) {
    HikariDataSource pool = pool(HttpBench.config(dataDir, 0, poolSize).dbUrl(), "sa", poolSize);
    return new BenchDatabase("h2file", pool, pool::close);
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
  // The same server and parameters as the given URL, in another database.
  static String inDatabase(String postgresUrl, String database) {
    Matcher url = DATABASE_IN_URL.matcher(postgresUrl);
    if (!url.matches()) {
      throw new IllegalArgumentException(
          "--postgres-url must look like jdbc:postgresql://host:port/database?user=u");
    }
    return url.group(1) + database + url.group(3);
  }

  private static HikariDataSource pool(String url, String user, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("walletgate-bench");
    hikari.setJdbcUrl(url);
    if (user != null) {
      hikari.setUsername(user);
      hikari.setPassword("");
    }
    hikari.setMaximumPoolSize(size);
    hikari.setConnectionTimeout(5_000);
    hikari.setValidationTimeout(2_000);
    return new HikariDataSource(hikari);
  }

  /**
   * Runs SHUTDOWN on a connection of its own, opened after the pool closed: SHUTDOWN closes every
   * connection to the database, the one it runs on too, so a pooled one would fail on its way back
   * into the pool ("Database is already closed").
   */
  private static void shutDown(String url) {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      System.err.println("bench: SHUTDOWN " + url + ": " + e.getMessage());
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
