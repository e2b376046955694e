package dev.walletgate.application.port.out;

/**
 * Outbound port of a storage adapter as a whole: the transactions port, plus bringing its schema up
 * to date and releasing what it holds (never the platform's DataSource).
 */
public interface Storage extends Transactions, AutoCloseable {
  /** Creates or upgrades the adapter's schema; idempotent. */
  void migrate();

  /** Releases what the adapter itself holds; the DataSource it was given stays open. */
  @Override
  default void close() {}
}
