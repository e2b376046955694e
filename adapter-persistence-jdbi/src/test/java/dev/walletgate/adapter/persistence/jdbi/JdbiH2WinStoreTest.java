package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractWinStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2WinStoreTest extends AbstractWinStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
