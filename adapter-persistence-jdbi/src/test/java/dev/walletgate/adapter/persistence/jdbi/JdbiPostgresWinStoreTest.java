package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractWinStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresWinStoreTest extends AbstractWinStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
