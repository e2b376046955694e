package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.Session;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bet's decision reads, loaded in the call's transaction.
 *
 * @param existing what already holds the bet key, locked
 * @param round the bet's round, locked; empty when unknown, or when the key is taken (a duplicate
 *     never takes the round lock)
 * @param session the session the call names
 * @param account the player's account in the bet's currency, locked
 * @param playerKnown whether the player has any account at all
 */
public record BetFacts(
    Optional<BetKeyHolder> existing,
    Optional<Round> round,
    Optional<Session> session,
    Optional<Account> account,
    boolean playerKnown) {
  public BetFacts {
    Objects.requireNonNull(existing, "existing");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(account, "account");
  }
}
