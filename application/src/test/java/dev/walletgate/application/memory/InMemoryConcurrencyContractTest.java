package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.Transactions;
import java.util.Optional;

class InMemoryConcurrencyContractTest extends AbstractConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    InMemoryStores stores = new InMemoryStores();
    return new StorageUnderTest() {
      @Override
      public Transactions transactions() {
        return stores;
      }

      // No pool here: every store operation fails as if no connection could be had, until closed.
      @Override
      public Optional<AutoCloseable> exhaustPool() {
        stores.injectFaults(
            operation -> {
              throw new StorageUnavailableException("no connection for " + operation, null);
            });
        return Optional.of(() -> stores.injectFaults(InMemoryStores.FaultInjector.NONE));
      }
    };
  }
}
