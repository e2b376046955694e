package dev.walletgate.bootstrap.reliability;

/** Keeps the per-callback log line out of long runs (thousands of lines help nobody). */
final class Quiet {
  private Quiet() {}

  static void callbackLog() {
    System.setProperty("org.slf4j.simpleLogger.log.walletgate.callbacks", "warn");
  }
}
