package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractWinStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The win store contract on the JPA adapter over PostgreSQL. */
class JpaPostgresWinStoreTest extends AbstractWinStoreContract {
  private static final SharedJpaStorage DATABASE = SharedJpaStorage.postgres();

  @AfterAll
  static void closeDatabase() {
    DATABASE.close();
  }

  @Override
  protected StorageUnderTest newStorage() {
    return DATABASE.next();
  }
}
