package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;

/** The result of {@link BetRules#decide}: debit, recognise a duplicate, or refuse. */
public sealed interface BetDecision {
  /** B1: book the bet and debit the stake, leaving this balance. */
  record Debit(BigDecimal balanceAfter) implements BetDecision {}

  /** B2: already booked with the same content; nothing moves. */
  record Duplicate(Bet original) implements BetDecision {}

  /** B3-B7, S1: nothing moves. */
  record Refuse(Refusal refusal) implements BetDecision {}
}
