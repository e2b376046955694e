package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractSessionStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemorySessionStoreContractTest extends AbstractSessionStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
