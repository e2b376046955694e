package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractAccountStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryAccountStoreContractTest extends AbstractAccountStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
