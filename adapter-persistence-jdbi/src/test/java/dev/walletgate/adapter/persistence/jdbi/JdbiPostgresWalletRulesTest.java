package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractWalletRulesContract;

/**
 * The services' rule tests on the Jdbi adapter over PostgreSQL. A fresh database per test: the rule
 * tests reuse round ids, so a shared one would let an ended round of one test refuse another's
 * bets.
 */
class JdbiPostgresWalletRulesTest extends AbstractWalletRulesContract {
  private JdbiTestStorage storage;

  @Override
  protected Transactions storage() {
    storage = JdbiTestStorage.postgres();
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
