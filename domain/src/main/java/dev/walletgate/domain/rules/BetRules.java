package dev.walletgate.domain.rules;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.outcome.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** B1-B7 (with S1, S4): whether a bet debits, is a duplicate, or is refused, and what it books. */
public final class BetRules {
  private BetRules() {}

  /**
   * What the bet call does: the stake debited (opening its round and touching its session when
   * due), the original debit of a duplicate, or a refusal.
   */
  public static Decision book(BetCall call, BetFacts facts, Stamp stamp, Duration idleTimeout) {
    boolean sessionActive =
        SessionRules.isActiveFor(facts.session(), call.player(), stamp.at(), idleTimeout);
    BetDecision decision =
        decide(
            call.attempt(),
            facts.existing(),
            sessionActive,
            facts.account(),
            facts.playerKnown(),
            facts.round());
    if (decision instanceof BetDecision.Duplicate duplicate) {
      return new Decision.Repeated(duplicate.original().debitTransaction(), facts.account());
    }
    if (decision instanceof BetDecision.Refuse refuse) {
      return new Decision.Refused(refuse.refusal(), facts.account());
    }
    BetDecision.Debit debit = (BetDecision.Debit) decision;
    OperatorTransactionId transaction = stamp.nextTransaction();
    Account after = facts.account().orElseThrow().withBalance(debit.balanceAfter());
    List<Effect> effects = new ArrayList<>();
    if (facts.round().isEmpty()) {
      effects.add(
          new Effect.RoundOpened(new Round(call.integration(), call.round(), RoundState.OPEN)));
    }
    effects.add(debited(call, transaction, after, stamp));
    // An accepted bet had an active session.
    if (SessionRules.touchDue(facts.session().orElseThrow(), stamp.at(), idleTimeout)) {
      effects.add(new Effect.SessionTouched(call.session(), stamp.at()));
    }
    return new Decision.Booked(Optional.of(transaction), effects, Optional.of(after));
  }

  private static Effect.StakeDebited debited(
      BetCall call, OperatorTransactionId transaction, Account after, Stamp stamp) {
    Bet bet =
        new Bet(
            call.integration(),
            call.key(),
            call.player(),
            after.currency(),
            call.stake().amount(),
            call.round(),
            call.session(),
            BetState.OPEN,
            transaction,
            null,
            stamp.at());
    LedgerEntry entry =
        LedgerEntry.booked(
            transaction,
            after,
            EntryKind.BET,
            bet.stake().negate(),
            call.integration(),
            call.key().value(),
            stamp.at());
    return new Effect.StakeDebited(bet, entry);
  }

  /**
   * @param existing the row already holding the bet key (a booked bet or a void)
   * @param sessionActive whether S1 holds for the call's session and player
   * @param account the player's account in the bet's currency, locked for update
   * @param playerKnown whether the player has any account at all
   * @param round the bet's round, if it was seen before
   */
  public static BetDecision decide(
      BetAttempt attempt,
      Optional<BetKeyHolder> existing,
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

  private static BetDecision decideExisting(BetAttempt attempt, BetKeyHolder holder) {
    if (!(holder instanceof Bet bet) || bet.isVoidedOrCancelled()) {
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
