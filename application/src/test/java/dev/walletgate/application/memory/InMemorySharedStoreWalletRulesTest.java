package dev.walletgate.application.memory;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractWalletRulesContract;

/** The services' rule tests with one in-memory store shared by every test of the class. */
class InMemorySharedStoreWalletRulesTest extends AbstractWalletRulesContract {
  private static final InMemoryStores SHARED = new InMemoryStores();

  @Override
  protected Transactions storage() {
    return SHARED;
  }
}
