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
    return new BenchTargets(this).all();
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
              "  %-12s %8s %s %-6s %s%n%34s%s%n",
              t.verdict(),
              t.measured() ? fmt(t.ratio()) : "-",
              t.atMost() ? "<=" : ">=",
              fmt(t.goal()),
              t.name(),
              "",
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
