package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractWinStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryWinStoreContractTest extends AbstractWinStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
