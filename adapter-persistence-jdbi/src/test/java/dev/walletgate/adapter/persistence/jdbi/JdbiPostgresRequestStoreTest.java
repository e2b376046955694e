package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractRequestStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresRequestStoreTest extends AbstractRequestStoreContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
