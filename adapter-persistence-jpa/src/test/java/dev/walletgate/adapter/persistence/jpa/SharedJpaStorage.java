package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.StorageUnderTest;
import dev.walletgate.application.port.out.Transactions;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * One migrated database (and one entity manager factory) for a whole test class, handed to each
 * test with every row deleted: a fresh, empty storage without paying for the schema, the migration
 * and Hibernate's boot and schema validation once per test.
 */
final class SharedJpaStorage implements AutoCloseable {
  private final Supplier<JpaTestStorage> opener;
  private JpaTestStorage storage;

  private SharedJpaStorage(Supplier<JpaTestStorage> opener) {
    this.opener = opener;
  }

  static SharedJpaStorage h2() {
    return new SharedJpaStorage(JpaTestStorage::h2);
  }

  static SharedJpaStorage postgres() {
    return new SharedJpaStorage(JpaTestStorage::postgres);
  }

  /** The shared storage, empty; closing the handle leaves it open for the next test. */
  synchronized StorageUnderTest next() {
    if (storage == null) {
      storage = opener.get();
    } else {
      storage.deleteAllRows();
    }
    JpaTestStorage current = storage;
    return new StorageUnderTest() {
      @Override
      public Transactions transactions() {
        return current.transactions();
      }

      @Override
      public Optional<AutoCloseable> exhaustPool() {
        return current.exhaustPool();
      }

      @Override
      public OptionalInt terminateConnections() {
        return current.terminateConnections();
      }
    };
  }

  @Override
  public synchronized void close() {
    if (storage != null) {
      storage.close();
      storage = null;
    }
  }
}
