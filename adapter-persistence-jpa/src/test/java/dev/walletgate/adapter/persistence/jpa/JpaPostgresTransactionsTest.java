package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractTransactionsContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The transactions contract on the JPA adapter over PostgreSQL. */
class JpaPostgresTransactionsTest extends AbstractTransactionsContract {
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
