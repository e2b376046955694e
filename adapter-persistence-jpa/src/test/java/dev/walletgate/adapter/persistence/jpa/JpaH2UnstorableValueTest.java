package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractUnstorableValueContract;
import dev.walletgate.application.contract.StorageUnderTest;

/** Values the database refuses as data, on the Jpa adapter over H2. */
class JpaH2UnstorableValueTest extends AbstractUnstorableValueContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JpaTestStorage.h2();
  }
}
