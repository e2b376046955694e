package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;

/** The result of {@link CancelRules#decide}. */
public sealed interface CancelDecision {
  /** C1: refund the bet's recorded stake, leaving this balance, and mark it cancelled. */
  record Refund(Bet bet, BigDecimal balanceAfter) implements CancelDecision {}

  /** C2: already cancelled or voided; answer the original id, nothing moves. */
  record AlreadyCancelled(BetKeyHolder bet) implements CancelDecision {}

  /** C3: the key is unknown; void it so a late bet with it is refused, nothing moves. */
  record VoidKey() implements CancelDecision {}

  /** C5, C6: nothing moves. */
  record Refuse(Refusal refusal) implements CancelDecision {}
}
