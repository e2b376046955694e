package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractEventStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2EventStoreTest extends AbstractEventStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
