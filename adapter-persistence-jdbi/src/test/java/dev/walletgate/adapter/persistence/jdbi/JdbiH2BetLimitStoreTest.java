package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractBetLimitStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2BetLimitStoreTest extends AbstractBetLimitStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
