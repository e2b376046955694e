package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractBetStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2BetStoreTest extends AbstractBetStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
