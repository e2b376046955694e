package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractTransactionsContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryTransactionsContractTest extends AbstractTransactionsContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }
}
