package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.BetKeyHolder;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cancel's decision reads, loaded in the call's transaction.
 *
 * @param existing what holds the bet key, locked
 * @param account the caller's own account in the bet's (or else the call's) currency, locked
 */
public record CancelFacts(Optional<BetKeyHolder> existing, Optional<Account> account) {
  public CancelFacts {
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(account, "account");
  }
}
