package dev.walletgate.application.port.in;

import dev.walletgate.domain.outcome.Outcome;

/** Incoming port: a provider reads a player's balance (read only). */
public interface GetBalanceUseCase {
  Outcome getBalance(GetBalanceCommand command);
}
