package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import java.util.Objects;
import java.util.Optional;

/**
 * What ending a round reads (R1, R2), loaded in the call's transaction.
 *
 * @param round the round with its bets, locked
 * @param account the player's account in the call's currency, not locked: ending a round moves no
 *     money
 * @param playerKnown whether the player has any account at all
 */
public record EndRoundFacts(RoundFacts round, Optional<Account> account, boolean playerKnown) {
  public EndRoundFacts {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(account, "account");
  }
}
