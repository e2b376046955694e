package dev.walletgate.application.memory;

import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.rules.AbstractBetGuardContract;

/** The bet guard's rule tests on the in-memory stores. */
class InMemoryBetGuardTest extends AbstractBetGuardContract {
  @Override
  protected Transactions storage() {
    return new InMemoryStores();
  }
}
