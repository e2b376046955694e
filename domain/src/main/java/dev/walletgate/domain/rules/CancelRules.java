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
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * C1-C6: what cancelling (or refunding) a bet key does. The session is never consulted (C4). A
 * refund that would take the balance past what the storage holds is refused (M3).
 */
public final class CancelRules {
  private CancelRules() {}

  /**
   * What the cancel call does: the bet refunded, the unknown key voided, the original refund or
   * void of a repeat, or a refusal.
   */
  public static Decision book(CancelCall call, CancelFacts facts, Stamp stamp) {
    CancelDecision decision = decide(call.attempt(), facts.existing(), facts.account());
    if (decision instanceof CancelDecision.AlreadyCancelled already) {
      return new Decision.Repeated(already.bet().cancelTransaction(), facts.account());
    }
    if (decision instanceof CancelDecision.Refuse refuse) {
      return new Decision.Refused(refuse.refusal(), facts.account());
    }
    OperatorTransactionId transaction = stamp.nextTransaction();
    if (decision instanceof CancelDecision.VoidKey) {
      Effect voided = new Effect.KeyVoided(voidOf(call, transaction, stamp));
      return new Decision.Booked(Optional.of(transaction), List.of(voided), facts.account());
    }
    CancelDecision.Refund refund = (CancelDecision.Refund) decision;
    Bet bet = refund.bet();
    Account after = facts.account().orElseThrow().withBalance(refund.balanceAfter());
    LedgerEntry entry =
        LedgerEntry.booked(
            transaction,
            after,
            EntryKind.REFUND,
            bet.stake(),
            bet.integration(),
            bet.key().value(),
            stamp.at());
    Effect refunded = new Effect.BetRefunded(bet.cancelled(transaction), entry);
    return new Decision.Booked(Optional.of(transaction), List.of(refunded), Optional.of(after));
  }

  private static VoidedKey voidOf(CancelCall call, OperatorTransactionId transaction, Stamp stamp) {
    return new VoidedKey(
        call.integration(),
        call.key(),
        call.player(),
        call.currency().orElse(null),
        call.round().orElse(null),
        call.session().orElse(null),
        transaction,
        stamp.at());
  }

  /**
   * @param existing what holds the bet key, locked for update
   * @param betAccount the account the bet debited, locked for update (needed to refund)
   */
  public static CancelDecision decide(
      CancelAttempt attempt, Optional<BetKeyHolder> existing, Optional<Account> betAccount) {
    if (existing.isEmpty()) {
      return new CancelDecision.VoidKey();
    }
    BetKeyHolder holder = existing.get();
    if (!holder.player().equals(attempt.player())) {
      return new CancelDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
    }
    boolean otherCurrency =
        holder.currency() != null
            && attempt.currency().map(c -> !c.equals(holder.currency())).orElse(false);
    if (otherCurrency) {
      return new CancelDecision.Refuse(Refusal.CURRENCY_MISMATCH);
    }
    if (!(holder instanceof Bet bet) || bet.state() == BetState.CANCELLED) {
      return new CancelDecision.AlreadyCancelled(holder);
    }
    if (bet.state() == BetState.SETTLED) {
      return new CancelDecision.Refuse(Refusal.BET_ALREADY_SETTLED);
    }
    return betAccount
        .map(a -> refund(bet, a.balance().add(bet.stake())))
        .orElseGet(() -> new CancelDecision.Refuse(Refusal.PLAYER_NOT_FOUND));
  }

  private static CancelDecision refund(Bet bet, BigDecimal after) {
    return StoredAmount.fits(after)
        ? new CancelDecision.Refund(bet, after)
        : new CancelDecision.Refuse(Refusal.INVALID_AMOUNT);
  }
}
