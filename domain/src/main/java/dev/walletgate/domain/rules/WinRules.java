package dev.walletgate.domain.rules;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * W1-W5: whether a win credits, is a duplicate, or is refused. A locked player still wins. A credit
 * that would take the balance past what the storage holds is refused (M3).
 */
public final class WinRules {
  private WinRules() {}

  /**
   * What the win call does: the win credited (and its round settled when it ends it), the original
   * credit of a duplicate, or a refusal.
   */
  public static Decision book(WinCall call, WinFacts facts, Stamp stamp) {
    WinDecision decision =
        decide(
            call.attempt(),
            facts.existing(),
            facts.round().bets(),
            facts.account(),
            facts.playerKnown());
    if (decision instanceof WinDecision.Duplicate duplicate) {
      return new Decision.Repeated(duplicate.original().transaction(), facts.account());
    }
    if (decision instanceof WinDecision.Refuse refuse) {
      return new Decision.Refused(refuse.refusal(), facts.account());
    }
    WinDecision.Credit credit = (WinDecision.Credit) decision;
    OperatorTransactionId transaction = stamp.nextTransaction();
    Account after = facts.account().orElseThrow().withBalance(credit.balanceAfter());
    List<Effect> effects = new ArrayList<>();
    effects.add(credited(call, transaction, after, stamp));
    if (call.endsRound()) {
      RoundRules.settle(call.integration(), call.round(), facts.round()).ifPresent(effects::add);
    }
    return new Decision.Booked(Optional.of(transaction), effects, Optional.of(after));
  }

  private static Effect.WinCredited credited(
      WinCall call, OperatorTransactionId transaction, Account after, Stamp stamp) {
    Win win =
        new Win(
            call.integration(),
            call.key(),
            call.player(),
            after.currency(),
            call.amount().amount(),
            call.round(),
            transaction,
            stamp.at(),
            call.winPart().map(Money::amount).orElse(null),
            call.jackpotPart().map(Money::amount).orElse(null));
    // W3: a zero win is recorded but books no entry.
    Optional<LedgerEntry> entry =
        win.amount().signum() > 0
            ? Optional.of(
                LedgerEntry.booked(
                    transaction,
                    after,
                    EntryKind.WIN,
                    win.amount(),
                    call.integration(),
                    call.key().value(),
                    stamp.at()))
            : Optional.empty();
    return new Effect.WinCredited(win, entry);
  }

  /**
   * @param existing the win already recorded under the win key
   * @param roundBets every bet row (booked or void) of the win's round
   */
  public static WinDecision decide(
      WinAttempt attempt,
      Optional<Win> existing,
      List<? extends BetKeyHolder> roundBets,
      Optional<Account> account,
      boolean playerKnown) {
    if (existing.isPresent()) {
      return sameContent(existing.get(), attempt)
          ? new WinDecision.Duplicate(existing.get())
          : new WinDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
    }
    Optional<Refusal> missing = AccountLookup.missing(account, playerKnown);
    if (missing.isPresent()) {
      return new WinDecision.Refuse(missing.get());
    }
    boolean allVoided =
        !roundBets.isEmpty() && roundBets.stream().allMatch(b -> b.state().isVoidedOrCancelled());
    if (allVoided) {
      return new WinDecision.Refuse(Refusal.BET_VOIDED);
    }
    boolean anyBooked =
        roundBets.stream()
            .anyMatch(b -> b.state() == BetState.OPEN || b.state() == BetState.SETTLED);
    if (attempt.requiresBet() && !anyBooked && !attempt.bonus()) {
      return new WinDecision.Refuse(Refusal.BET_NOT_FOUND);
    }
    BigDecimal after = account.get().balance().add(attempt.amount());
    if (!StoredAmount.fits(after)) {
      return new WinDecision.Refuse(Refusal.INVALID_AMOUNT);
    }
    return new WinDecision.Credit(after);
  }

  private static boolean sameContent(Win win, WinAttempt attempt) {
    return win.player().equals(attempt.player())
        && win.currency().equals(attempt.currency())
        && win.amount().compareTo(attempt.amount()) == 0
        && win.round().equals(attempt.round());
  }
}
