package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractBetStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresBetStoreTest extends AbstractBetStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
