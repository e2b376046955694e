package dev.walletgate.bootstrap.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's table of what a callback costs at each point: the statements and round trips one
 * callback of each kind sends to the database, and the CPU time and heap allocation per operation
 * over the measured window.
 */
final class CostTable {
  private static final List<String> KINDS = List.of("bet", "win", "cancel", "replay");
  private static final String NL = System.lineSeparator();

  private CostTable() {}

  static String text(List<Point> points) {
    StringBuilder b = new StringBuilder();
    b.append("cost per callback").append(NL);
    b.append(
            "  statements: JDBC executions one callback of the kind sends (an executeBatch counts"
                + " one), counted")
        .append(NL)
        .append(
            "  one call at a time after the window; round trips add the commit and rollback calls"
                + " (a COMMIT ending a")
        .append(NL)
        .append(
            "  statement's SQL goes in its round trip); replay = a bet sent again, answered from"
                + " its request record;")
        .append(NL)
        .append("  cpu and alloc: per operation of the mix over the window")
        .append(NL);
    b.append(
        String.format(
            Locale.ROOT,
            "%-14s %-18s %-9s %7s  %-27s  %s%n",
            "",
            "",
            "",
            "",
            "statements",
            "round trips"));
    b.append(
        String.format(
            Locale.ROOT,
            "%-14s %-18s %-9s %7s  %6s %6s %6s %6s  %6s %6s %6s %6s %9s %10s%n",
            "section",
            "database",
            "target",
            "clients",
            "bet",
            "win",
            "cancel",
            "replay",
            "bet",
            "win",
            "cancel",
            "replay",
            "cpu ms",
            "alloc KB"));
    for (Point p : points) {
      Map<String, CallbackStatements> statements = p.statementsPerCallback();
      b.append(
          String.format(
              Locale.ROOT,
              "%-14s %-18s %-9s %7d  ",
              p.section(),
              p.database(),
              p.target(),
              p.clients()));
      for (String kind : KINDS) {
        CallbackStatements s = statements.get(kind);
        b.append(String.format(Locale.ROOT, "%6s ", s == null ? "-" : count(s.statements())));
      }
      b.append(' ');
      for (String kind : KINDS) {
        CallbackStatements s = statements.get(kind);
        b.append(String.format(Locale.ROOT, "%6s ", s == null ? "-" : count(s.roundTrips())));
      }
      b.append(
          String.format(
              Locale.ROOT,
              "%8s %10s%n",
              Double.isNaN(p.cpuMillisPerOperation())
                  ? "-"
                  : String.format(Locale.ROOT, "%.3f", p.cpuMillisPerOperation()),
              Double.isNaN(p.allocatedBytesPerOperation())
                  ? "-"
                  : String.format(Locale.ROOT, "%.1f", p.allocatedBytesPerOperation() / 1024)));
    }
    return b.toString();
  }

  // Whole numbers stay whole; an average over the probe's calls shows its first decimals.
  static String count(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
