package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2ConcurrencyTest extends AbstractConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }

  @Override
  protected StorageUnderTest newStorageForFaults() {
    return JdbiTestStorage.h2(JdbiTestStorage.IMPATIENT_MILLIS);
  }
}
