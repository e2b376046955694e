package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * C1-C6: what cancelling (or refunding) a bet key does. The session is never consulted (C4). A
 * refund that would take the balance past what the storage holds is refused (M3).
 */
public final class CancelRules {
  private CancelRules() {}

  /**
   * @param existing the row holding the bet key, locked for update
   * @param betAccount the account the bet debited, locked for update (needed to refund)
   */
  public static CancelDecision decide(
      CancelAttempt attempt, Optional<Bet> existing, Optional<Account> betAccount) {
    if (existing.isEmpty()) {
      return new CancelDecision.VoidKey();
    }
    Bet bet = existing.get();
    if (!bet.player().equals(attempt.player())) {
      return new CancelDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
    }
    boolean otherCurrency =
        bet.currency() != null
            && attempt.currency().map(c -> !c.equals(bet.currency())).orElse(false);
    if (otherCurrency) {
      return new CancelDecision.Refuse(Refusal.CURRENCY_MISMATCH);
    }
    return switch (bet.state()) {
      case CANCELLED, VOIDED -> new CancelDecision.AlreadyCancelled(bet);
      case SETTLED -> new CancelDecision.Refuse(Refusal.BET_ALREADY_SETTLED);
      case OPEN ->
          betAccount
              .map(a -> refund(bet, a.balance().add(bet.stake())))
              .orElseGet(() -> new CancelDecision.Refuse(Refusal.PLAYER_NOT_FOUND));
    };
  }

  private static CancelDecision refund(Bet bet, BigDecimal after) {
    return StoredAmount.fits(after)
        ? new CancelDecision.Refund(bet, after)
        : new CancelDecision.Refuse(Refusal.INVALID_AMOUNT);
  }
}
