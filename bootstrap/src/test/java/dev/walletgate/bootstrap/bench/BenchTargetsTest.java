package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The targets of the bench report: their thresholds and how each ratio is taken. */
class BenchTargetsTest {
  private final BenchReport report = new BenchReport("bench", "now");

  @Test
  void targets_holdEachFigureToItsThreshold_inWordsForAUser() throws Exception {
    List<Target> targets = report.targets();

    assertThat(targets)
        .extracting(Target::name, Target::goal, Target::atMost)
        .contains(
            tuple("PostgreSQL, 8 clients: Jdbi mix / pgbench tpcb-like, same server", 1.0, false),
            tuple("PostgreSQL, 8 clients: JPA mix / pgbench tpcb-like, same server", 0.8, false),
            tuple("H2 memory, 8 threads: Jdbi / plain JDBC baseline", 0.9, false),
            tuple("H2 memory, 8 threads: JPA / plain JDBC baseline", 0.8, false),
            tuple("HTTP on PostgreSQL, 8 kept-alive connections: p99 (ms)", 5.0, true),
            tuple(
                "HTTP on PostgreSQL, 8 kept-alive connections / in-process Jdbi, 8 threads",
                0.8,
                false),
            tuple("HTTP on the H2 file, 8 kept-alive connections: p99 (ms)", 5.0, true),
            tuple(
                "HTTP on the H2 file, 8 kept-alive connections / in-process Jdbi, 8 threads",
                0.8,
                false),
            tuple(
                "1,000,000 bets and 1,000,000 request records stored / empty database",
                0.9,
                false));
    assertThat(targets).allMatch(t -> !t.measured());
    assertThat(report.text()).contains("targets:").doesNotContainIgnoringCase("issue");
    assertThat(report.json()).doesNotContainIgnoringCase("issue");
  }

  @Test
  void givenPointsOnEveryDatabase_theRatiosComeFromTheMatchingPoints() {
    report.points.add(point("in-process", "postgres", "jdbi", 1100));
    report.points.add(point("in-process", "postgres", "jpa", 700));
    report.points.add(point("in-process", "h2mem", "baseline", 2000));
    report.points.add(point("in-process", "h2mem", "jdbi", 1900));
    report.points.add(point("in-process", "h2file", "jdbi", 500));
    report.points.add(point("http", "postgres", "http", 990));
    report.points.add(point("http", "h2file", "http", 300));
    report.pgbenchTps.put(8, 1000.0);

    assertThat(ratio("PostgreSQL, 8 clients: Jdbi mix / pgbench tpcb-like, same server"))
        .isCloseTo(1.1, within(1e-9));
    assertThat(verdict("PostgreSQL, 8 clients: Jdbi mix / pgbench tpcb-like, same server"))
        .isEqualTo("met");
    assertThat(verdict("PostgreSQL, 8 clients: JPA mix / pgbench tpcb-like, same server"))
        .isEqualTo("MISSED");
    assertThat(ratio("H2 memory, 8 threads: Jdbi / plain JDBC baseline"))
        .isCloseTo(0.95, within(1e-9));
    assertThat(ratio("HTTP on PostgreSQL, 8 kept-alive connections / in-process Jdbi, 8 threads"))
        .isCloseTo(0.9, within(1e-9));
    assertThat(ratio("HTTP on the H2 file, 8 kept-alive connections / in-process Jdbi, 8 threads"))
        .isCloseTo(0.6, within(1e-9));
    assertThat(ratio("HTTP on PostgreSQL, 8 kept-alive connections: p99 (ms)")).isEqualTo(4.0);
  }

  @Test
  void thePreloadRatio_isMeasuredOnlyWhenTheBetsAndRequestRecordsWereAllStored() {
    report.points.add(point("preload-empty", "postgres", "jdbi", 1000));
    report.points.add(point("preload-full", "postgres", "jdbi", 950));
    report.facts.put("preloadedBets", 1000);
    String name = "1,000 bets and 1,000 request records stored / empty database";

    report.facts.put(FULL_ROWS, new PreloadBench.StoredRows(1100, 999, 1100));
    assertThat(ratio(name)).isNaN();

    report.facts.put(FULL_ROWS, new PreloadBench.StoredRows(1100, 1100, 1100));
    assertThat(ratio(name)).isCloseTo(0.95, within(1e-9));
    assertThat(verdict(name)).isEqualTo("met");
  }

  private static final String FULL_ROWS = PreloadBench.FULL_ROWS;

  private double ratio(String name) {
    return find(name).ratio();
  }

  private String verdict(String name) {
    return find(name).verdict();
  }

  private Target find(String name) {
    return report.targets().stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + name + " in " + report.targets()));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static Point point(String section, String database, String target, double opsPerSecond) {
    return new Point(
        section,
        database,
        target,
        8,
        (long) opsPerSecond,
        0,
        1.0,
        opsPerSecond,
        1.0,
        4.0,
        6.0,
        1.0,
        1024.0,
        Map.of());
  }
}
