package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractBetLimitStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryBetLimitStoreContractTest extends AbstractBetLimitStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
