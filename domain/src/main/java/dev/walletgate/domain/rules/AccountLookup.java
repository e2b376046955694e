package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;

/** B5: the refusal for a missing account, which depends on whether the player is known at all. */
public final class AccountLookup {
  private AccountLookup() {}

  /** Empty when the account exists; else PLAYER_NOT_FOUND or CURRENCY_MISMATCH. */
  public static Optional<Refusal> missing(Optional<Account> account, boolean playerKnown) {
    if (account.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(playerKnown ? Refusal.CURRENCY_MISMATCH : Refusal.PLAYER_NOT_FOUND);
  }
}
