package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractServerConcurrencyContract;
import dev.walletgate.application.contract.StorageUnderTest;

/**
 * The concurrency and fault contract on the JPA adapter over PostgreSQL, a fresh schema per test.
 */
class JpaPostgresConcurrencyTest extends AbstractServerConcurrencyContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JpaTestStorage.postgres();
  }

  @Override
  protected StorageUnderTest newStorageForFaults() {
    return JpaTestStorage.postgres(JpaTestStorage.IMPATIENT_MILLIS);
  }
}
