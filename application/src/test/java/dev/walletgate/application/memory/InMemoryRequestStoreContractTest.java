package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractRequestStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryRequestStoreContractTest extends AbstractRequestStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
