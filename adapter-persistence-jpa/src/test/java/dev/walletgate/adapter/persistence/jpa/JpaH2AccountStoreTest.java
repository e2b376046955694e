package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractAccountStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The account store contract on the JPA adapter over H2. */
class JpaH2AccountStoreTest extends AbstractAccountStoreContract {
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
