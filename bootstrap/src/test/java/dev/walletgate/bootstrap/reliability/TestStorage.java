package dev.walletgate.bootstrap.reliability;

import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.bootstrap.Persistence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A database for one run (an H2 file or a private PostgreSQL schema) and its settings flags. */
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

  /** The service's default embedded database, one H2 file in the data directory. */
  static TestStorage h2File(Path dataDir, Persistence persistence) {
    // The service's default URL keeps H2's default write delay, under which commits already
    // answered are lost when the process is killed (found by KillAndRestartTest: set
    // -Dwalletgate.reliability.h2ServiceDefault=true to reproduce). WRITE_DELAY=0 writes every
    // commit before it is answered.
    String url =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().resolve("walletgate")
            + ";LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE"
            + (Boolean.getBoolean("walletgate.reliability.h2ServiceDefault")
                ? ""
                : ";WRITE_DELAY=0");
    return new TestStorage("H2 file", persistence, url, "sa", null);
  }

  /** A private schema on the PostgreSQL test server; skipped (or failed when required) without. */
  static TestStorage postgres(Persistence persistence) {
    PostgresTestDatabase database = PostgresTestDatabase.create();
    return new TestStorage("PostgreSQL", persistence, database.jdbcUrl(), "postgres", database);
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
