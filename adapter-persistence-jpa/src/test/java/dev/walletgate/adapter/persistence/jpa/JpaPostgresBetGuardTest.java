package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractBetGuardContract;
import org.junit.jupiter.api.AfterAll;

/** The bet guard's rule tests on the JPA adapter over PostgreSQL, one database for the class. */
class JpaPostgresBetGuardTest extends AbstractBetGuardContract {
  private static final SharedJpaStorage DATABASE = SharedJpaStorage.postgres();

  @AfterAll
  static void closeDatabase() {
    DATABASE.close();
  }

  @Override
  protected Transactions storage() {
    return DATABASE.next().transactions();
  }
}
