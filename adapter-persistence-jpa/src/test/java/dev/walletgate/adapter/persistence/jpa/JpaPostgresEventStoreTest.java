package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractEventStoreContract;
import dev.walletgate.application.contract.StorageUnderTest;
import org.junit.jupiter.api.AfterAll;

/** The event store contract on the JPA adapter over PostgreSQL. */
class JpaPostgresEventStoreTest extends AbstractEventStoreContract {
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
