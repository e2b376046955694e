package dev.walletgate.bootstrap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything one bench run measured, and its three renderings: text, JSON and an SVG chart. */
final class BenchReport {
  final List<Point> points = new ArrayList<>();
  final Map<Integer, Double> pgbenchTps = new TreeMap<>();
  final List<String> notes = new ArrayList<>();
  final Map<String, Object> facts = new LinkedHashMap<>();
  private final String command;
  private final String started;

  BenchReport(String command, String started) {
    this.command = command;
    this.started = started;
  }

  Optional<Point> find(String section, String database, String target, int clients) {
    return points.stream()
        .filter(
            p ->
                p.section().equals(section)
                    && p.database().equals(database)
                    && p.target().equals(target)
                    && p.clients() == clients)
        .findFirst();
  }

  /** The fact key prefix of a median recovery time on the H2 file, per adapter. */
  static final String RECOVERY_ON_H2_FILE = "recoveryMillis h2file";

  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    targets.add(ratioToBaseline("jdbi", 0.8));
    targets.add(ratioToBaseline("jpa", 0.6));
    for (String adapter : List.of("jdbi", "jpa")) {
      Optional<Point> pg = find("in-process", "postgres", adapter, 8);
      Double tps = pgbenchTps.get(8);
      targets.add(
          new Target(
              "PostgreSQL 8 clients: " + adapter + " mix / pgbench tpcb-like",
              pg.isPresent() && tps != null ? pg.get().opsPerSecond() / tps : Double.NaN,
              0.8,
              false,
              pg.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")
                  + " vs "
                  + (tps == null ? "-" : fmt(tps) + " tps")));
    }
    Optional<Point> http = find("http", "h2file", "http", 8);
    Optional<Point> inProcess = find("in-process", "h2file", "jdbi", 8);
    targets.add(
        new Target(
            "HTTP H2 file 8 connections / in-process jdbi H2 file 8 threads",
            http.isPresent() && inProcess.isPresent()
                ? http.get().opsPerSecond() / inProcess.get().opsPerSecond()
                : Double.NaN,
            0.6,
            false,
            http.map(p -> fmt(p.opsPerSecond()) + " req/s").orElse("-")
                + " vs "
                + inProcess.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")));
    targets.add(
        new Target(
            "HTTP H2 file 8 connections p99 (ms)",
            http.map(Point::p99Millis).orElse(Double.NaN),
            5.0,
            true,
            http.map(p -> "p50 " + fmt(p.p50Millis()) + " ms").orElse("-")));
    Optional<Point> empty =
        points.stream().filter(p -> p.section().equals("preload-empty")).findFirst();
    Optional<Point> full =
        points.stream().filter(p -> p.section().equals("preload-full")).findFirst();
    targets.add(
        new Target(
            "with " + facts.getOrDefault("preloadedBets", "N") + " bets stored / empty database",
            empty.isPresent() && full.isPresent()
                ? full.get().opsPerSecond() / empty.get().opsPerSecond()
                : Double.NaN,
            0.85,
            false,
            full.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")
                + " vs "
                + empty.map(p -> fmt(p.opsPerSecond()) + " ops/s").orElse("-")
                + empty
                    .map(p -> " (" + p.database() + ", " + p.target() + ", x" + p.clients() + ")")
                    .orElse("")));
    Object startup = facts.get("startupMillis");
    targets.add(
        new Target(
            "start-up to first 200 on H2 (ms)",
            startup instanceof Number n && n.doubleValue() >= 0 ? n.doubleValue() : Double.NaN,
            3000,
            true,
            "java -Xmx256m -jar walletgate.jar serve, fresh H2 file"));
    facts.forEach(
        (key, value) -> {
          if (key.startsWith(RECOVERY_ON_H2_FILE) && value instanceof Number millis) {
            targets.add(
                new Target(
                    "SIGKILL, restart to first answered callback, "
                        + key.substring("recoveryMillis ".length())
                        + " (ms)",
                    millis.doubleValue(),
                    Recovery.TARGET_MILLIS,
                    true,
                    String.valueOf(facts.get(key.replace("recoveryMillis", "recovery")))));
          }
        });
    Object holds = facts.get("xmx256mHolds");
    targets.add(
        new Target(
            "-Xmx256m holds the HTTP load (1 = yes)",
            holds instanceof Boolean b ? (b ? 1 : 0) : Double.NaN,
            1,
            false,
            String.valueOf(facts.getOrDefault("xmx256mDetail", "-"))));
    return targets;
  }

  private Target ratioToBaseline(String adapter, double goal) {
    Optional<Point> lib = find("in-process", "h2mem", adapter, 8);
    Optional<Point> base = find("in-process", "h2mem", "baseline", 8);
    return new Target(
        "H2 memory 8 threads: " + adapter + " / plain JDBC baseline",
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

  String text() {
    StringBuilder b = new StringBuilder();
    b.append("Walletgate bench, ").append(started).append(System.lineSeparator());
    b.append("command: ").append(command).append(System.lineSeparator());
    facts.forEach((k, v) -> b.append(k).append(": ").append(v).append(System.lineSeparator()));
    b.append(System.lineSeparator());
    b.append(
        String.format(
            Locale.ROOT,
            "%-14s %-18s %-9s %7s %10s %8s %9s %9s %9s %8s %10s%n",
            "section",
            "database",
            "target",
            "clients",
            "ops/s",
            "ops",
            "p50 ms",
            "p99 ms",
            "p99.9 ms",
            "errors",
            "cpu ms/op"));
    for (Point p : points) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-14s %-18s %-9s %7d %10.1f %8d %9.3f %9.3f %9.3f %8d %10.3f%n",
              p.section(),
              p.database(),
              p.target(),
              p.clients(),
              p.opsPerSecond(),
              p.operations(),
              p.p50Millis(),
              p.p99Millis(),
              p.p999Millis(),
              p.errors(),
              p.cpuMillisPerOperation()));
    }
    if (!pgbenchTps.isEmpty()) {
      b.append(System.lineSeparator()).append("pgbench tpcb-like tps:");
      pgbenchTps.forEach((c, t) -> b.append(String.format(Locale.ROOT, "  x%d %.1f", c, t)));
      b.append(System.lineSeparator());
    }
    b.append(System.lineSeparator()).append("ratios (library / plain JDBC baseline");
    b.append(pgbenchTps.isEmpty() ? ")" : "; / pgbench on postgres)")
        .append(System.lineSeparator());
    for (Point p : points) {
      if (!p.section().equals("in-process") || p.target().equals("baseline")) {
        continue;
      }
      Optional<Point> base = find("in-process", p.database(), "baseline", p.clients());
      b.append(
          String.format(
              Locale.ROOT,
              "  %-8s %-5s x%-3d %s",
              p.database(),
              p.target(),
              p.clients(),
              base.map(
                      x ->
                          String.format(
                              Locale.ROOT, "%.2fx baseline", p.opsPerSecond() / x.opsPerSecond()))
                  .orElse("-")));
      Double tps = p.database().equals("postgres") ? pgbenchTps.get(p.clients()) : null;
      if (tps != null) {
        b.append(String.format(Locale.ROOT, "  %.2fx pgbench", p.opsPerSecond() / tps));
      }
      b.append(System.lineSeparator());
    }
    b.append(System.lineSeparator()).append(CostTable.text(points));
    b.append(System.lineSeparator()).append("targets:").append(System.lineSeparator());
    for (Target t : targets()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-12s %-64s %s (goal %s %s) %s%n",
              t.verdict(),
              t.name(),
              t.measured() ? fmt(t.ratio()) : "-",
              t.atMost() ? "<=" : ">=",
              fmt(t.goal()),
              t.detail()));
    }
    for (String note : notes) {
      b.append("note: ").append(note).append(System.lineSeparator());
    }
    return b.toString();
  }

  String json() throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("started", started);
    root.put("command", command);
    root.put("facts", facts);
    root.put("points", points);
    root.put("pgbenchTps", pgbenchTps);
    List<Map<String, Object>> targets = new ArrayList<>();
    for (Target t : targets()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("measured", t.measured() ? t.ratio() : null);
      m.put("goal", t.goal());
      m.put("atMost", t.atMost());
      m.put("verdict", t.verdict());
      m.put("detail", t.detail());
      targets.add(m);
    }
    root.put("targets", targets);
    root.put("notes", notes);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }

  void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("bench.txt"), text());
    Files.writeString(folder.resolve("bench.json"), json());
    Files.writeString(folder.resolve("bench.svg"), new BenchChart(points).svg());
  }

  static String fmt(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
