package dev.walletgate.application.port.in;

import dev.walletgate.domain.outcome.Outcome;

/** Incoming port: the platform credits a player's account. */
public interface DepositUseCase {
  Outcome deposit(TransferCommand command);
}
