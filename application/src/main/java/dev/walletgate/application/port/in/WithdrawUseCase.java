package dev.walletgate.application.port.in;

import dev.walletgate.domain.outcome.Outcome;

/** Incoming port: the platform debits a player's account. */
public interface WithdrawUseCase {
  Outcome withdraw(TransferCommand command);
}
