package dev.walletgate.domain.effect;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.outcome.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules decided for one provider call: the effects it books, the original transaction a
 * repeat answers, or a refusal. Each carries the player's account as the call leaves it, for the
 * balance the answer shows.
 */
public sealed interface Decision {
  /** The caller's account after the call, when it exists. */
  Optional<Account> account();

  /**
   * The call takes effect.
   *
   * @param transaction the call's operator transaction id; empty for a call that books no money
   *     under its own id (ending a round)
   */
  record Booked(
      Optional<OperatorTransactionId> transaction, List<Effect> effects, Optional<Account> account)
      implements Decision {
    public Booked {
      Objects.requireNonNull(transaction, "transaction");
      effects = List.copyOf(effects);
      Objects.requireNonNull(account, "account");
    }
  }

  /** The call took effect before (B2, C2, W2): answer the original transaction, move nothing. */
  record Repeated(OperatorTransactionId original, Optional<Account> account) implements Decision {
    public Repeated {
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(account, "account");
    }
  }

  /** Nothing moves. */
  record Refused(Refusal refusal, Optional<Account> account) implements Decision {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(account, "account");
    }
  }
}
