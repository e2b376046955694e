package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractBetLimitStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresBetLimitStoreTest extends AbstractBetLimitStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
