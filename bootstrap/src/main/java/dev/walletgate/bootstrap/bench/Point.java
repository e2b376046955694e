package dev.walletgate.bootstrap.bench;

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
    double cpuMillisPerOperation) {

  String series() {
    return section + " " + database + " " + target;
  }
}
