package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Optional;

/** Incoming port: the platform reads a player's account (read only). */
public interface GetAccountUseCase {
  Optional<Account> getAccount(PlayerId player, CurrencyCode currency);
}
