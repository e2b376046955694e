package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * W1-W5: whether a win credits, is a duplicate, or is refused. A locked player still wins. A credit
 * that would take the balance past what the storage holds is refused (M3).
 */
public final class WinRules {
  private WinRules() {}

  /**
   * @param existing the win already recorded under the win key
   * @param roundBets every bet row (booked or void) of the win's round
   */
  public static WinDecision decide(
      WinAttempt attempt,
      Optional<Win> existing,
      List<Bet> roundBets,
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
