package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Win;
import java.util.Objects;
import java.util.Optional;

/**
 * What a win's decision reads, loaded in the call's transaction.
 *
 * @param existing the win already recorded under the key
 * @param round the win's round with its bets, locked (a win may end it, R2)
 * @param account the player's account in the win's currency, locked
 * @param playerKnown whether the player has any account at all
 */
public record WinFacts(
    Optional<Win> existing, RoundFacts round, Optional<Account> account, boolean playerKnown) {
  public WinFacts {
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(account, "account");
  }
}
