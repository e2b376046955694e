package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresConcurrencyTest extends AbstractConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
