package dev.walletgate.bootstrap.bench;

import static dev.walletgate.bootstrap.bench.BenchReport.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The targets a bench run is held to, each with what the run measured for it. */
final class BenchTargets {
  /** Clients, threads or connections of every throughput target. */
  static final int CLIENTS = 8;

  private final BenchReport report;

  BenchTargets(BenchReport report) {
    this.report = report;
  }

  List<Target> all() {
    List<Target> targets = new ArrayList<>();
    targets.add(toPgbench("jdbi", "Jdbi", 1.0));
    targets.add(toPgbench("jpa", "JPA", 0.8));
    targets.add(toBaseline("jdbi", "Jdbi", 0.9));
    targets.add(toBaseline("jpa", "JPA", 0.8));
    for (String database : List.of("postgres", "h2file")) {
      targets.add(httpP99(database));
      targets.add(httpToInProcess(database));
    }
    targets.add(preloadedToEmpty());
    targets.add(startup());
    targets.addAll(recovery());
    targets.add(smallHeap());
    return targets;
  }

  private Target toPgbench(String adapter, String name, double goal) {
    Optional<Point> mix = report.find("in-process", "postgres", adapter, CLIENTS);
    Double tps = report.pgbenchTps.get(CLIENTS);
    return new Target(
        "PostgreSQL, " + CLIENTS + " clients: " + name + " mix / pgbench tpcb-like, same server",
        mix.isPresent() && tps != null ? mix.get().opsPerSecond() / tps : Double.NaN,
        goal,
        false,
        mix.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")
            + " vs "
            + (tps == null ? "-" : fmt(tps) + " tps"));
  }

  private Target toBaseline(String adapter, String name, double goal) {
    Optional<Point> lib = report.find("in-process", "h2mem", adapter, CLIENTS);
    Optional<Point> base = report.find("in-process", "h2mem", "baseline", CLIENTS);
    return new Target(
        "H2 memory, " + CLIENTS + " threads: " + name + " / plain JDBC baseline",
        lib.isPresent() && base.isPresent()
            ? lib.get().opsPerSecond() / base.get().opsPerSecond()
            : Double.NaN,
        goal,
        false,
        lib.map(p -> fmt(p.opsPerSecond())).orElse("-")
            + " vs "
            + base.map(p -> fmt(p.opsPerSecond())).orElse("-")
            + " ops/s");
  }

  private Target httpP99(String database) {
    Optional<Point> http = report.find("http", database, "http", CLIENTS);
    return new Target(
        "HTTP on " + title(database) + ", " + CLIENTS + " kept-alive connections: p99 (ms)",
        http.map(Point::p99Millis).orElse(Double.NaN),
        5.0,
        true,
        http.map(p -> "p50 " + fmt(p.p50Millis()) + " ms, p99.9 " + fmt(p.p999Millis()) + " ms")
            .orElse("-"));
  }

  private Target httpToInProcess(String database) {
    Optional<Point> http = report.find("http", database, "http", CLIENTS);
    Optional<Point> inProcess = report.find("in-process", database, "jdbi", CLIENTS);
    return new Target(
        "HTTP on "
            + title(database)
            + ", "
            + CLIENTS
            + " kept-alive connections / in-process Jdbi, "
            + CLIENTS
            + " threads",
        http.isPresent() && inProcess.isPresent()
            ? http.get().opsPerSecond() / inProcess.get().opsPerSecond()
            : Double.NaN,
        0.8,
        false,
        http.map(p -> fmt(p.opsPerSecond()) + " req/s").orElse("-")
            + " vs "
            + inProcess
                .map(p -> fmt(p.opsPerSecond()) + " ops/s")
                .orElse("- (no in-process Jdbi point on " + database + " at " + CLIENTS + ")"));
  }

  /**
   * Measured only when the preloaded point really found the bets and request records it claims in
   * the database.
   */
  private Target preloadedToEmpty() {
    Optional<Point> empty = first("preload-empty");
    Optional<Point> full = first("preload-full");
    Object preloaded = report.facts.get("preloadedBets");
    long bets = preloaded instanceof Number n ? n.longValue() : 1_000_000;
    boolean stored =
        report.facts.get(PreloadBench.FULL_ROWS) instanceof PreloadBench.StoredRows rows
            && rows.bets() >= bets
            && rows.requestRecords() >= bets;
    return new Target(
        String.format(
            java.util.Locale.ROOT,
            "%,d bets and %,d request records stored / empty database",
            bets,
            bets),
        empty.isPresent() && full.isPresent() && stored
            ? full.get().opsPerSecond() / empty.get().opsPerSecond()
            : Double.NaN,
        0.9,
        false,
        full.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")
            + " vs "
            + empty.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")
            + empty
                .map(
                    p ->
                        ", both "
                            + p.database()
                            + ", "
                            + p.target()
                            + ", "
                            + p.clients()
                            + " clients")
                .orElse("")
            + (empty.isPresent() && full.isPresent() && !stored ? ", rows not all stored" : ""));
  }

  private Target startup() {
    Object startup = report.facts.get("startupMillis");
    return new Target(
        "start-up to first 200 on H2 (ms)",
        startup instanceof Number n && n.doubleValue() >= 0 ? n.doubleValue() : Double.NaN,
        3000,
        true,
        "java -Xmx256m -jar walletgate.jar serve, fresh H2 file");
  }

  private List<Target> recovery() {
    List<Target> targets = new ArrayList<>();
    for (Map.Entry<String, Object> fact : report.facts.entrySet()) {
      String key = fact.getKey();
      if (key.startsWith(BenchReport.RECOVERY_ON_H2_FILE) && fact.getValue() instanceof Number ms) {
        targets.add(
            new Target(
                "SIGKILL, restart to first answered callback, "
                    + key.substring("recoveryMillis ".length())
                    + " (ms)",
                ms.doubleValue(),
                Recovery.TARGET_MILLIS,
                true,
                String.valueOf(report.facts.get(key.replace("recoveryMillis", "recovery")))));
      }
    }
    return targets;
  }

  private Target smallHeap() {
    Object holds = report.facts.get("xmx256mHolds");
    return new Target(
        "-Xmx256m holds the HTTP load (1 = yes)",
        holds instanceof Boolean b ? (b ? 1 : 0) : Double.NaN,
        1,
        false,
        String.valueOf(report.facts.getOrDefault("xmx256mDetail", "-")));
  }

  private Optional<Point> first(String section) {
    return report.points.stream().filter(p -> p.section().equals(section)).findFirst();
  }

  private static String title(String database) {
    return switch (database) {
      case "postgres" -> "PostgreSQL";
      case "h2file" -> "the H2 file";
      case "h2mem" -> "H2 memory";
      default -> database;
    };
  }
}
