package dev.walletgate.application.contract;

import dev.walletgate.application.port.out.Transactions;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fresh, migrated, empty storage behind one {@link Transactions} port, owned by one test. The
 * contract suites ask their subclass for one per test and close it afterwards.
 */
public interface StorageUnderTest extends AutoCloseable {
  Transactions transactions();

  /**
   * Takes every connection of the storage's pool and holds it until the returned handle is closed,
   * so that transactions started meanwhile time out waiting for a connection (F1). Empty when the
   * storage has no pool.
   */
  default Optional<AutoCloseable> exhaustPool() {
    return Optional.empty();
  }

  /**
   * Kills the database sessions behind the pool's connections from another connection (PostgreSQL
   * {@code pg_terminate_backend}) and returns how many it killed; empty when the storage cannot.
   */
  default OptionalInt terminateConnections() {
    return OptionalInt.empty();
  }

  /** Releases the storage (pool, schema); the default has nothing to release. */
  @Override
  default void close() {}

  /** A storage that is just the given port, e.g. in-memory stores. */
  static StorageUnderTest of(Transactions transactions) {
    return () -> transactions;
  }
}
