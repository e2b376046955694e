package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractSessionStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresSessionStoreTest extends AbstractSessionStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
