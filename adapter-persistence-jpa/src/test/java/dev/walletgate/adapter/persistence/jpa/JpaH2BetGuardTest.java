package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractBetGuardContract;
import org.junit.jupiter.api.AfterAll;

/** The bet guard's rule tests on the JPA adapter over H2, one database for the class. */
class JpaH2BetGuardTest extends AbstractBetGuardContract {
  private static final SharedJpaStorage DATABASE = SharedJpaStorage.h2();

  @AfterAll
  static void closeDatabase() {
    DATABASE.close();
  }

  @Override
  protected Transactions storage() {
    return DATABASE.next().transactions();
  }
}
