package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresConcurrencyTest extends AbstractConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }

  @Override
  protected StorageUnderTest newStorageForFaults() {
    return JdbiTestStorage.postgres(JdbiTestStorage.IMPATIENT_MILLIS);
  }
}
