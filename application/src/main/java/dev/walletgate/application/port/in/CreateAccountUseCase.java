package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.money.Checked;

/** Incoming port: the platform creates a player's account. */
public interface CreateAccountUseCase {
  Checked<Account> createAccount(CreateAccountCommand command);
}
