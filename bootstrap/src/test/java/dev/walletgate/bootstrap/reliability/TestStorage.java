package dev.walletgate.bootstrap.reliability;

import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A database for one run (an H2 file or a private PostgreSQL database) and its settings flags. */
final class TestStorage implements AutoCloseable {
  final String database;
  final Persistence persistence;
  final String jdbcUrl;
  final String user;
  final PostgresTestDatabase postgres;

  private TestStorage(
      String database,
      Persistence persistence,
      String jdbcUrl,
      String user,
      PostgresTestDatabase postgres) {
    this.database = database;
    this.persistence = persistence;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.postgres = postgres;
  }

  /**
   * The service's default embedded database, one H2 file in the data directory, with exactly the
   * URL the service builds when none is configured; its WRITE_DELAY=0 is what keeps an answered
   * commit through a SIGKILL, which the kill runs check.
   */
  static TestStorage h2File(Path dataDir, Persistence persistence) {
    String[] noDatabaseConfigured = {
      "--data-dir", dataDir.toString(),
      "--kyren-base-path", "/kyren/storage/v1",
      "--luckymonaco-token", "t",
      "--operator-key", "k"
    };
    String url = ServiceConfig.from(ConfigSources.read(noDatabaseConfigured, Map.of())).dbUrl();
    return new TestStorage("H2 file", persistence, url, "sa", null);
  }

  /**
   * A private database on the PostgreSQL test server (the service keeps Walletgate's default
   * schema, which a private schema could not hold apart from other tests'); skipped, or failed when
   * required, without a server.
   */
  static TestStorage postgres(Persistence persistence) {
    PostgresTestDatabase database = PostgresTestDatabase.createDatabase();
    return new TestStorage("PostgreSQL", persistence, database.jdbcUrl(), "postgres", database);
  }

  /** A database this test set up itself, e.g. a primary with a standby or one behind a pooler. */
  static TestStorage at(String database, Persistence persistence, String jdbcUrl) {
    return new TestStorage(database, persistence, jdbcUrl, "postgres", null);
  }

  /** Settings flags for the service: database, adapter, data directory, secrets. */
  List<String> flags(Path dataDir, ServiceSecrets secrets, int poolSize) {
    List<String> flags = new ArrayList<>();
    flags.addAll(
        List.of(
            "--data-dir", dataDir.toString(),
            "--db-url", jdbcUrl,
            "--db-user", user,
            "--persistence", adapter(),
            "--pool-size", Integer.toString(poolSize)));
    flags.addAll(secrets.flags());
    return flags;
  }

  String adapter() {
    return persistence.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    if (postgres != null) {
      postgres.close();
    }
  }
}
