package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;

/** The result of {@link WinRules#decide}: credit, recognise a duplicate, or refuse. */
public sealed interface WinDecision {
  /** W1, W3: record the win and credit its amount, leaving this balance. */
  record Credit(BigDecimal balanceAfter) implements WinDecision {}

  /** W2: already recorded with the same content; nothing moves. */
  record Duplicate(Win original) implements WinDecision {}

  /** W2, W4, W5, B5: nothing moves. */
  record Refuse(Refusal refusal) implements WinDecision {}
}
