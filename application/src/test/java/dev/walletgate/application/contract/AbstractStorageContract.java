package dev.walletgate.application.contract;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.Transactions;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every storage contract suite: one fresh storage per test from {@link #newStorage()},
 * closed after it.
 */
public abstract class AbstractStorageContract {
  private StorageUnderTest storage;

  /** A fresh, migrated, empty storage for one test; closed by the suite after the test. */
  protected abstract StorageUnderTest newStorage();

  @BeforeEach
  public final void openStorage() {
    storage = newStorage();
  }

  @AfterEach
  public final void closeStorage() {
    if (storage != null) {
      storage.close();
      storage = null;
    }
  }

  protected final StorageUnderTest storage() {
    return storage;
  }

  protected final Transactions transactions() {
    return storage.transactions();
  }

  /** Runs the work in one transaction of the storage under test and returns its result. */
  protected final <T> T inTx(Function<Stores, T> work) {
    return transactions().inTransaction(work);
  }

  /** Runs the work in one transaction of the storage under test. */
  protected final void doInTx(Consumer<Stores> work) {
    transactions()
        .inTransaction(
            stores -> {
              work.accept(stores);
              return null;
            });
  }
}
