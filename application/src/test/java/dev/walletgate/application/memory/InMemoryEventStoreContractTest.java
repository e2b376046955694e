package dev.walletgate.application.memory;

import dev.walletgate.application.contract.AbstractEventStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class InMemoryEventStoreContractTest extends AbstractEventStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return StorageUnderTest.of(new InMemoryStores());
  }

  // One fair lock runs the transactions one at a time: none can commit while another is open.
  @Override
  protected boolean runsTransactionsConcurrently() {
    return false;
  }
}
