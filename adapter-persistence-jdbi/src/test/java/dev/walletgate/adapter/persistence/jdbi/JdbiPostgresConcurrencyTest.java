package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractServerConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresConcurrencyTest extends AbstractServerConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }

  @Override
  protected StorageUnderTest newStorageForFaults() {
    return JdbiTestStorage.postgres(JdbiTestStorage.IMPATIENT_MILLIS);
  }
}
