package dev.walletgate.bootstrap.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured point: a target on a database at a client count.
 *
 * @param section in-process, http, process or preload
 * @param target baseline, jdbi, jpa, http or pgbench
 * @param cpuMillisPerOperation the whole process's CPU time (every thread: clients, service,
 *     database, JIT, GC) over the measured window, per operation: what an operation costs, next to
 *     how many got done. It moves less than operations/s when other work shares the machine, but
 *     JIT compilation and threads spinning on a contended lock still move it: compare it over
 *     paired runs. NaN when it cannot be read, or when the work runs in another process (the
 *     -Xmx256m point).
 * @param allocatedBytesPerOperation heap bytes allocated over the measured window per operation,
 *     summed over the threads alive at both its start and its end (and those started within it): a
 *     thread that ended within the window is lost, so this is a lower bound when threads come and
 *     go. NaN when the JVM does not count allocation per thread, or when the work runs in another
 *     process.
 * @param statementsPerCallback per callback kind (bet, win, cancel, replay), what one callback sent
 *     to the database, counted by a single-threaded probe after the measured window through the
 *     point's own driver; empty where the database is not reached through this process's JDBC
 *     (HTTP, -Xmx256m)
 */
record Point(
    String section,
    String database,
    String target,
    int clients,
    long operations,
    long errors,
    double seconds,
    double opsPerSecond,
    double p50Millis,
    double p99Millis,
    double p999Millis,
    double cpuMillisPerOperation,
    double allocatedBytesPerOperation,
    Map<String, CallbackStatements> statementsPerCallback) {

  String series() {
    return section + " " + database + " " + target;
  }

  /** This point with the statement probe's counts. */
  Point withStatements(Map<String, CallbackStatements> statements) {
    return new Point(
        section,
        database,
        target,
        clients,
        operations,
        errors,
        seconds,
        opsPerSecond,
        p50Millis,
        p99Millis,
        p999Millis,
        cpuMillisPerOperation,
        allocatedBytesPerOperation,
        Collections.unmodifiableMap(new LinkedHashMap<>(statements)));
  }

  /**
   * This point with no CPU or allocation figure: the work ran in another process, and this one only
   * sent the load.
   */
  Point measuredElsewhere() {
    return new Point(
        section,
        database,
        target,
        clients,
        operations,
        errors,
        seconds,
        opsPerSecond,
        p50Millis,
        p99Millis,
        p999Millis,
        Double.NaN,
        Double.NaN,
        Map.of());
  }
}
