package dev.walletgate.application.memory;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractWalletRulesContract;

/** The services' rule tests on the in-memory stores. */
class InMemoryWalletRulesTest extends AbstractWalletRulesContract {
  @Override
  protected Transactions storage() {
    return new InMemoryStores();
  }
}
