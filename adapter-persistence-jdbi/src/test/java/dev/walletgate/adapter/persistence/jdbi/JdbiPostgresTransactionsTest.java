package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractTransactionsContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiPostgresTransactionsTest extends AbstractTransactionsContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
