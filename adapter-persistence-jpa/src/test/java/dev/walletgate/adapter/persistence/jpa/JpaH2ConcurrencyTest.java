package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

/** The concurrency and fault contract on the JPA adapter over H2, a fresh database per test. */
class JpaH2ConcurrencyTest extends AbstractConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JpaTestStorage.h2();
  }

  @Override
  protected StorageUnderTest newStorageForFaults() {
    return JpaTestStorage.h2(JpaTestStorage.IMPATIENT_MILLIS);
  }
}
