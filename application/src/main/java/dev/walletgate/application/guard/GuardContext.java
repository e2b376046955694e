package dev.walletgate.application.guard;

import dev.walletgate.application.port.out.BetLimitStore;

/**
 * What a bet guard may use in the bet's transaction: its reads and locks join the bet's, and commit
 * or roll back with it.
 */
@FunctionalInterface
public interface GuardContext {
  /** The players' bet limits and their day's net loss (G4-G7). */
  BetLimitStore limits();
}
