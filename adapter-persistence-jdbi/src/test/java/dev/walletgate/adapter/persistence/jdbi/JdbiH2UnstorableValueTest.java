package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractUnstorableValueContract;
import dev.walletgate.application.contract.StorageUnderTest;

/** Values the database refuses as data, on the Jdbi adapter over H2. */
class JdbiH2UnstorableValueTest extends AbstractUnstorableValueContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.h2();
  }
}
