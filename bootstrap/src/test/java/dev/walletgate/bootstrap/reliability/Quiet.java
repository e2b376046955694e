package dev.walletgate.bootstrap.reliability;

/** Keeps per-callback and per-broken-connection lines out of long runs: they help nobody. */
final class Quiet {
  private Quiet() {}

  static void callbackLog() {
    System.setProperty("org.slf4j.simpleLogger.log.walletgate.callbacks", "warn");
    // Every terminated PostgreSQL session is otherwise a warning with a stack trace.
    System.setProperty(
        "org.slf4j.simpleLogger.log.com.zaxxer.hikari.pool.ProxyConnection", "error");
  }
}
