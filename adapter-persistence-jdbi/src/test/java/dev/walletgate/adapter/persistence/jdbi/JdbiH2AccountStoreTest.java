package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractAccountStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2AccountStoreTest extends AbstractAccountStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
