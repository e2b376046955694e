package dev.walletgate.domain.money;

import dev.walletgate.domain.outcome.Refusal;

/** A value that passed a rule, or the refusal that rule gave. */
public sealed interface Checked<T> {
  /** The value passed. */
  record Valid<T>(T value) implements Checked<T> {}

  /** The value was refused. */
  record Invalid<T>(Refusal refusal) implements Checked<T> {}
}
