package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.LedgerMismatch;
import dev.walletgate.application.port.in.LedgerVerification;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.operator.ReconciliationReport;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** The commands of {@link Main}, each over the configured database. */
final class Cli {
  /** Returned by {@link #serve()}: the process keeps running until it is stopped. */
  static final int KEEP_RUNNING = -1;

  private final ServiceConfig config;
  private final PrintStream out;
  private final PrintStream err;

  Cli(ServiceConfig config, PrintStream out, PrintStream err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  int serve() {
    Instant started = Instant.now();
    try {
      WalletgateService service = WalletgateService.start(config);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      service.close();
                    } catch (Exception e) {
                      err.println("shutdown: " + e);
                    }
                  },
                  "walletgate-shutdown"));
      banner(service, Duration.between(started, Instant.now()));
      return KEEP_RUNNING;
    } catch (Exception e) {
      err.println("cannot start: " + e.getMessage());
      return 1;
    }
  }

  private void banner(WalletgateService service, Duration startup) {
    out.printf(
        "Walletgate %s listening on %s (%s, %s storage, %s) in %d ms%n",
        Main.version(),
        service.baseUri(),
        config.redactedDbUrl(),
        config.persistence().name().toLowerCase(java.util.Locale.ROOT),
        config.developmentMode() ? "DEVELOPMENT MODE" : "configured",
        startup.toMillis());
    out.println(
        "Serving "
            + config.protocols().stream().map(p -> p.protocol().name()).toList()
            + " and the operator API");
    if (config.developmentMode()) {
      out.println();
      out.println("*** DEVELOPMENT MODE: secrets were generated and kept in " + config.dataDir());
      out.println("*** Configure your own in production:");
      new TreeMap<>(config.developmentSecrets())
          .forEach((property, value) -> out.printf("  %-22s %s%n", property, value));
      out.println();
    }
  }

  int purge() {
    try (HikariDataSource pool = WalletgateService.pool(config, null)) {
      if (servedByAnotherProcess(pool)) {
        err.println(
            "purge: a running service owns this H2 file; stop it first (a second process writing"
                + " beside it does not take turns, and a crash could keep part of a transaction)");
        return 1;
      }
      return purge(pool);
    } catch (SQLException e) {
      err.println("purge: " + e.getMessage());
      return 1;
    }
  }

  private int purge(HikariDataSource pool) {
    try (Walletgate walletgate = open(pool)) {
      int purged = walletgate.services().housekeeping().purgeExpiredRequests();
      out.println("purged " + purged + " request records older than " + config.requestRetention());
      return 0;
    }
  }

  /** Whether the embedded H2 file is open in another process and reached through AUTO_SERVER. */
  private boolean servedByAnotherProcess(HikariDataSource pool) throws SQLException {
    if (!SingleWriterDataSource.isEmbeddedH2File(config.dbUrl())) {
      return false;
    }
    try (Connection c = pool.getConnection()) {
      return H2Housekeeping.store(c) == null;
    }
  }

  int reconcile(List<String> options) {
    Duration age = Duration.ofMinutes(10);
    boolean json = false;
    int limit = 100;
    for (int i = 0; i < options.size(); i++) {
      switch (options.get(i)) {
        case "--json" -> json = true;
        case "--open-older-than" -> age = Duration.parse(value(options, ++i));
        case "--limit" -> limit = Integer.parseInt(value(options, ++i));
        default -> throw new IllegalArgumentException("unknown option " + options.get(i));
      }
    }
    try (HikariDataSource pool = WalletgateService.pool(config, null);
        Walletgate walletgate = open(pool)) {
      ReconciliationReport report =
          new ReconciliationReport(
              walletgate.services().reconciliation().reconcile(age, limit), config.currencies());
      out.print(json ? report.jsonText() + System.lineSeparator() : report.table());
      return 0;
    }
  }

  int verifyLedger() {
    try (HikariDataSource pool = WalletgateService.pool(config, null);
        Walletgate walletgate = open(pool)) {
      LedgerVerification result =
          walletgate
              .services()
              .reconciliation()
              .verifyLedger(n -> err.println("checked " + n + " accounts"));
      for (LedgerMismatch m : result.mismatches()) {
        out.printf(
            "MISMATCH %s %s: balance %s, opening 0 + entries %s%n",
            m.player().value(),
            m.currency(),
            m.balance().toPlainString(),
            m.sumOfEntries().toPlainString());
      }
      out.printf(
          "%s for %d accounts (%d mismatches)%n",
          result.holds() ? "L1 holds" : "L1 FAILS",
          result.accountsChecked(),
          result.mismatches().size());
      return result.holds() ? 0 : 1;
    }
  }

  /** The benchmark; it makes its own scratch databases, so it needs no configured one. */
  static int bench(List<String> options, PrintStream out, PrintStream err) {
    if (options.contains("--help")) {
      out.println(dev.walletgate.bootstrap.bench.BenchCommand.usage());
      return 0;
    }
    return dev.walletgate.bootstrap.bench.BenchCommand.run(options, out, err);
  }

  private static String value(List<String> options, int i) {
    if (i >= options.size()) {
      throw new IllegalArgumentException(options.get(i - 1) + " needs a value");
    }
    return options.get(i);
  }

  private Walletgate open(HikariDataSource pool) {
    return Walletgate.builder(config.persistence().open(pool))
        .settings(config.walletSettings())
        .build();
  }
}
