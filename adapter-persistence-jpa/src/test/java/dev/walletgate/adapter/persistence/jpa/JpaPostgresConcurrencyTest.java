package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractConcurrencyContract;
import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * The concurrency and fault contract on the JPA adapter over PostgreSQL, a fresh schema per test.
 */
class JpaPostgresConcurrencyTest extends AbstractConcurrencyContract {
  /**
   * Skips (or, when PostgreSQL is required, fails) the whole class up front: a skip from {@link
   * #newStorage()} would leave the contract's per-test thread pool unset for its own clean-up.
   */
  @BeforeAll
  static void requirePostgres() {
    PostgresTestDatabase.create().close();
  }

  @Override
  protected StorageUnderTest newStorage() {
    return JpaTestStorage.postgres();
  }

  @Override
  protected StorageUnderTest newStorageForFaults() {
    return JpaTestStorage.postgres(JpaTestStorage.IMPATIENT_MILLIS);
  }
}
