package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractBetLimitStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The bet limit store contract on the JPA adapter over PostgreSQL. */
class JpaPostgresBetLimitStoreTest extends AbstractBetLimitStoreContract {
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
