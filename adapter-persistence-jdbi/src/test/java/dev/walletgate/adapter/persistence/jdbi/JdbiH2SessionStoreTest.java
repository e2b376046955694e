package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractSessionStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2SessionStoreTest extends AbstractSessionStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
