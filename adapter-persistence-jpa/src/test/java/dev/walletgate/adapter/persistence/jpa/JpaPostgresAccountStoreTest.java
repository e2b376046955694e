package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractAccountStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The account store contract on the JPA adapter over PostgreSQL. */
class JpaPostgresAccountStoreTest extends AbstractAccountStoreContract {
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
