package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;

/** B1-B7 (with S1): whether a bet debits, is a duplicate, or is refused. */
public final class BetRules {
  private BetRules() {}

  /**
   * @param existing the row already holding the bet key (a booked bet or a void)
   * @param sessionActive whether S1 holds for the call's session and player
   * @param account the player's account in the bet's currency, locked for update
   * @param playerKnown whether the player has any account at all
   * @param round the bet's round, if it was seen before
   */
  public static BetDecision decide(
      BetAttempt attempt,
      Optional<Bet> existing,
      boolean sessionActive,
      Optional<Account> account,
      boolean playerKnown,
      Optional<Round> round) {
    if (existing.isPresent()) {
      return decideExisting(attempt, existing.get());
    }
    if (!sessionActive) {
      return new BetDecision.Refuse(Refusal.INVALID_SESSION);
    }
    Optional<Refusal> missing = AccountLookup.missing(account, playerKnown);
    if (missing.isPresent()) {
      return new BetDecision.Refuse(missing.get());
    }
    Account acc = account.get();
    if (acc.locked()) {
      return new BetDecision.Refuse(Refusal.ACCOUNT_LOCKED);
    }
    if (round.map(r -> r.state() == RoundState.ENDED).orElse(false)) {
      return new BetDecision.Refuse(Refusal.ROUND_ENDED);
    }
    if (acc.balance().compareTo(attempt.stake()) < 0) {
      return new BetDecision.Refuse(Refusal.INSUFFICIENT_FUNDS);
    }
    return new BetDecision.Debit(acc.balance().subtract(attempt.stake()));
  }

  private static BetDecision decideExisting(BetAttempt attempt, Bet bet) {
    if (bet.state().isVoidedOrCancelled()) {
      return new BetDecision.Refuse(Refusal.BET_VOIDED);
    }
    boolean same =
        bet.player().equals(attempt.player())
            && attempt.currency().equals(bet.currency())
            && bet.stake().compareTo(attempt.stake()) == 0;
    return same
        ? new BetDecision.Duplicate(bet)
        : new BetDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
  }
}
