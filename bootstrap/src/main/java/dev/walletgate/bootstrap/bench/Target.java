package dev.walletgate.bootstrap.bench;

/**
 * One target of the benchmark with what was measured.
 *
 * @param ratio the measured ratio (or value), NaN when not measured
 * @param goal the ratio (or value) to reach
 * @param atMost whether the measured value must stay at or below the goal (latency, time)
 */
record Target(String name, double ratio, double goal, boolean atMost, String detail) {
  boolean measured() {
    return !Double.isNaN(ratio);
  }

  boolean met() {
    return measured() && (atMost ? ratio <= goal : ratio >= goal);
  }

  String verdict() {
    return !measured() ? "NOT MEASURED" : met() ? "met" : "MISSED";
  }
}
