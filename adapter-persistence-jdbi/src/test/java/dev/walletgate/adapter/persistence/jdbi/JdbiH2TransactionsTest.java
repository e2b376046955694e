package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractTransactionsContract;
import dev.walletgate.application.contract.StorageUnderTest;

class JdbiH2TransactionsTest extends AbstractTransactionsContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
