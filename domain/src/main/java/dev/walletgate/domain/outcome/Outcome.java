package dev.walletgate.domain.outcome;

import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.money.Money;
import java.util.Optional;

/**
 * What a use case answers: a success or a named refusal, with the player's balance when the account
 * is known. Refusals are values; technical faults are exceptions.
 */
public sealed interface Outcome {
  Optional<Money> balance();

  /** The call took effect, or had taken effect before (the original transaction id). */
  record Success(Optional<OperatorTransactionId> transactionId, Optional<Money> balance)
      implements Outcome {}

  /** The call was refused; nothing moved. */
  record Refused(Refusal refusal, Optional<Money> balance) implements Outcome {}

  static Outcome success(OperatorTransactionId transactionId, Optional<Money> balance) {
    return new Success(Optional.ofNullable(transactionId), balance);
  }

  static Outcome refused(Refusal refusal, Optional<Money> balance) {
    return new Refused(refusal, balance);
  }

  static Outcome refused(Refusal refusal) {
    return new Refused(refusal, Optional.empty());
  }

  default boolean isSuccess() {
    return this instanceof Success;
  }
}
