package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;

/** The result of {@link TransferRules#decide} for a platform deposit or withdrawal (L2). */
public sealed interface TransferDecision {
  /** Book the entry, leaving this balance. */
  record Book(BigDecimal balanceAfter) implements TransferDecision {}

  /** The reference was booked before with the same content; nothing moves. */
  record Duplicate(LedgerEntry original) implements TransferDecision {}

  /** Nothing moves. */
  record Refuse(Refusal refusal) implements TransferDecision {}
}
