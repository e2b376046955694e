package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractBetGuardContract;

/** The bet guard's rule tests on the Jdbi adapter over H2, a fresh database per test. */
class JdbiH2BetGuardTest extends AbstractBetGuardContract {
  private JdbiTestStorage storage;

  @Override
  protected Transactions storage() {
    storage = JdbiTestStorage.h2();
    return storage.transactions();
  }

  @Override
  protected void release() {
    if (storage != null) {
      storage.close();
      storage = null;
    }
  }
}
