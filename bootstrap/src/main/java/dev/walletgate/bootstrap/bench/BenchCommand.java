package dev.walletgate.bootstrap.bench;

import dev.walletgate.bootstrap.Persistence;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code java -jar walletgate.jar bench}: the request mix in-process (plain JDBC baseline, each
 * adapter, each database, each client count), pgbench on the same PostgreSQL, over HTTP, with many
 * bets already stored, and the service in {@code -Xmx256m}; one report as text, JSON and SVG.
 */
public final class BenchCommand {
  private static final int TARGET_CLIENTS = 8;

  private final BenchOptions options;
  private final PrintStream out;
  private final PrintStream err;
  private final BenchReport report;
  private boolean failed;

  private BenchCommand(BenchOptions options, List<String> args, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
    this.report =
        new BenchReport(
            "java -jar walletgate.jar bench " + String.join(" ", args),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** Runs the benchmark; 0 when every section ran, 1 when one failed, 2 for bad options. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("invalid bench options: " + e.getMessage());
      err.println("Try 'walletgate bench --help' for more information.");
      return 2;
    }
    return new BenchCommand(options, args, out, err).run();
  }

  /** The bench command's options. */
  public static String usage() {
    return BenchOptions.USAGE;
  }

  private int run() {
    Runtime rt = Runtime.getRuntime();
    report.facts.put(
        "machine",
        rt.availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.version")
            + ", max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB");
    report.facts.put(
        "per point",
        options.warmup().toMillis() / 1000.0
            + " s warm-up + "
            + options.duration().toMillis() / 1000.0
            + " s measured, "
            + options.playersPerThread()
            + " players per client, pool "
            + options.poolSize()
            + ", median of "
            + options.repeat()
            + " run(s) per point (in-process: alternating, after one warm-up run of each target)");
    Consumer<Point> sink =
        p -> {
          report.points.add(p);
          out.printf(
              Locale.ROOT,
              "  %-14s %-18s %-9s x%-3d %10.1f ops/s  p99 %8.3f ms  cpu %6.3f ms/op"
                  + "  alloc %7.1f KB/op%s  errors %d%n",
              p.section(),
              p.database(),
              p.target(),
              p.clients(),
              p.opsPerSecond(),
              p.p99Millis(),
              p.cpuMillisPerOperation(),
              p.allocatedBytesPerOperation() / 1024,
              statements(p),
              p.errors());
        };
    if (options.runs("inprocess")) {
      for (String kind : options.databasesToRun()) {
        if (kind.equals("postgres") && options.postgresUrl() == null) {
          report.notes.add("postgres skipped: no --postgres-url");
          continue;
        }
        if (kind.equals("pgbouncer") && options.pgbouncerUrl() == null) {
          report.notes.add("pgbouncer skipped: no --pgbouncer-url");
          continue;
        }
        section(
            "in-process " + kind,
            () -> {
              try (BenchDatabase db =
                  BenchDatabase.create(
                      kind, options.postgresUrl(), options.pgbouncerUrl(), options.poolSize())) {
                new InProcessBench(options, sink).run(db, options.threads());
              }
            });
      }
    }
    if (options.runs("pgbench") && options.postgresUrl() != null) {
      if (Pgbench.installed()) {
        section(
            "pgbench",
            () -> {
              List<Double> tps =
                  new Pgbench(options.postgresUrl())
                      .run(options.threads(), options.duration().toSeconds());
              for (int i = 0; i < tps.size(); i++) {
                report.pgbenchTps.put(options.threads().get(i), tps.get(i));
              }
            });
      } else {
        report.notes.add("pgbench is not on PATH: no database limit to compare with");
      }
    }
    HttpBench http = new HttpBench(options, sink);
    if (options.runs("http")) {
      section("http", http::run);
    }
    if (options.runs("preload") && options.preload() > 0) {
      section("preload", () -> new PreloadBench(options, sink, report.facts).run());
    }
    if (options.runs("process")) {
      section("process", () -> process(http));
    }
    if (options.runs("recovery")) {
      section("recovery", this::recovery);
    }
    try {
      report.write(options.out());
    } catch (Exception e) {
      err.println("bench: cannot write the report to " + options.out() + ": " + e);
      return 1;
    }
    out.println();
    out.print(report.text());
    out.println("report written to " + options.out().toAbsolutePath());
    return failed ? 1 : 0;
  }

  // The statement probe's counts, as "  stmts bet/win/cancel/replay 11/9/7/3".
  private static String statements(Point p) {
    if (p.statementsPerCallback().isEmpty()) {
      return "";
    }
    List<String> counts =
        p.statementsPerCallback().values().stream()
            .map(s -> CostTable.count(s.statements()))
            .toList();
    return "  stmts "
        + String.join("/", p.statementsPerCallback().keySet())
        + " "
        + String.join("/", counts);
  }

  private void process(HttpBench http) throws Exception {
    Path jar = options.jar() != null ? options.jar() : ownJar();
    if (jar == null) {
      report.notes.add("process skipped: not running from walletgate.jar (give --jar)");
      return;
    }
    ServiceProcess.Result result = ServiceProcess.run(jar, http, TARGET_CLIENTS);
    report.facts.put("startupMillis", result.startupMillis());
    if (result.load() != null) {
      report.points.add(result.load());
    }
    boolean holds =
        result.alive()
            && result.load() != null
            && result.load().errors() == 0
            && result.note().isEmpty();
    report.facts.put("xmx256mHolds", holds);
    report.facts.put(
        "xmx256mDetail",
        (result.alive() ? "alive" : "DIED")
            + (result.load() == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    ", %.1f req/s, p99 %.2f ms, %d errors at %d connections",
                    result.load().opsPerSecond(),
                    result.load().p99Millis(),
                    result.load().errors(),
                    result.load().clients()))
            + (result.note().isEmpty() ? "" : ", " + result.note()));
  }

  private void recovery() throws Exception {
    Path jar = options.jar() != null ? options.jar() : ownJar();
    List<String> databases =
        options.postgresUrl() == null ? List.of("h2file") : List.of("h2file", "postgres");
    for (String database : databases) {
      for (Persistence adapter : options.adapters()) {
        Recovery.Result r =
            new Recovery(options, jar)
                .run(database, adapter, options.recoveryCallbacks(), options.restarts());
        String key = database + " " + r.adapter();
        report.facts.put("recoveryMillis " + key, r.medianLaunchToAnswer());
        report.facts.put(
            "recovery " + key,
            String.format(
                Locale.ROOT,
                "%d callbacks stored; launch to first answered callback %s ms (median %d),"
                    + " kill to first answer %s ms (median %d), under load from %d clients",
                r.storedCallbacks(),
                r.launchToAnswerMillis(),
                r.medianLaunchToAnswer(),
                r.killToAnswerMillis(),
                r.medianKillToAnswer(),
                Recovery.CLIENTS));
        out.println("  recovery " + key + ": " + report.facts.get("recovery " + key));
      }
    }
  }

  private static Path ownJar() {
    try {
      Path location =
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location : null;
    } catch (Exception e) {
      return null;
    }
  }

  private void section(String name, Section section) {
    out.println(name + " ...");
    try {
      section.run();
    } catch (Exception | Error e) {
      failed = true;
      report.notes.add(name + " FAILED: " + e);
      err.println("bench: " + name + " failed: " + e);
      e.printStackTrace(err);
    }
  }

  private interface Section {
    void run() throws Exception;
  }
}
