package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractBetLimitStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The bet limit store contract on the JPA adapter over H2. */
class JpaH2BetLimitStoreTest extends AbstractBetLimitStoreContract {
  private static final SharedJpaStorage DATABASE = SharedJpaStorage.h2();

  @AfterAll
  static void closeDatabase() {
    DATABASE.close();
  }

  @Override
  protected StorageUnderTest newStorage() {
    return DATABASE.next();
  }
}
