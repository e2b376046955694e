package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractBetStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryBetStoreContractTest extends AbstractBetStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
