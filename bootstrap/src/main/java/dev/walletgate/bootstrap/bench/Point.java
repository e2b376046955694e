package dev.walletgate.bootstrap.bench;

/**
 * One measured point: a target on a database at a client count.
 *
 * @param section in-process, http, process or preload
 * @param target baseline, jdbi, jpa, http or pgbench
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
    double p999Millis) {

  String series() {
    return section + " " + database + " " + target;
  }
}
