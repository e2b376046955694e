package dev.walletgate.application.contract;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database shared by a platform and Walletgate for one test of the schema-space contract: a fresh
 * H2 file, or a private schema on the PostgreSQL test server (the platform's default) with further
 * private schemas for Walletgate. Pools opened here are closed, and everything dropped, on close.
 */
public final class SchemaSpaceDatabase implements AutoCloseable {
  private final String url;
  private final PostgresTestDatabase postgres;
  private final Path folder;
  private final List<HikariDataSource> pools = new ArrayList<>();

  private SchemaSpaceDatabase(String url, PostgresTestDatabase postgres, Path folder) {
    this.url = url;
    this.postgres = postgres;
    this.folder = folder;
  }

  /** A new H2 database file in a temporary folder, the database the service embeds. */
  public static SchemaSpaceDatabase h2File() {
    try {
      Path folder = Files.createTempDirectory("walletgate-schema-space-");
      return new SchemaSpaceDatabase(
          "jdbc:h2:file:" + folder.resolve("walletgate") + ";LOCK_TIMEOUT=10000", null, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A private schema on the PostgreSQL test server; skips (or fails, when required) without. */
  public static SchemaSpaceDatabase postgres() {
    PostgresTestDatabase database = PostgresTestDatabase.create();
    return new SchemaSpaceDatabase(database.jdbcUrl(), database, null);
  }

  /**
   * Whether other tests share the database: Walletgate's default schema is then not this test's
   * alone, and each Walletgate must be given a private one.
   */
  public boolean shared() {
    return postgres != null;
  }

  /** A schema name for Walletgate of this test's own (on H2, the name itself). */
  public String schema(String name) {
    return postgres == null ? name : postgres.otherSchema(name);
  }

  /** The platform's default schema, the connections' current one, as the database stores it. */
  public String platformSchema() {
    return postgres == null ? "PUBLIC" : postgres.schema();
  }

  /** The name as the database stores an unquoted identifier (upper case on H2). */
  public String stored(String name) {
    return postgres == null ? name.toUpperCase(Locale.ROOT) : name;
  }

  /** A new pool whose connections start in the platform's default schema. */
  public HikariDataSource newPool() {
    return newPool(null);
  }

  /** A new pool whose connections start in the given schema (unquoted name), or the default. */
  public HikariDataSource newPool(String currentSchema) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setPoolName("schema-space-" + UUID.randomUUID().toString().substring(0, 8));
    if (currentSchema != null) {
      config.setSchema(stored(currentSchema));
    }
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  @Override
  public void close() {
    if (postgres == null) {
      shutDownH2();
    }
    pools.forEach(HikariDataSource::close);
    if (postgres != null) {
      postgres.close();
    } else {
      deleteFolder();
    }
  }

  private void shutDownH2() {
    try (HikariDataSource last = newPool();
        Connection connection = last.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // Closed already: the files are released either way.
    }
  }

  private void deleteFolder() {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
