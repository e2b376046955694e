package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2ConcurrencyTest extends AbstractConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
