package dev.walletgate.application.guard;

/**
 * Outgoing port: the platform's say on a bet that the rules would book (G1-G3). It is asked inside
 * the bet's transaction, while the bet holds its account's row lock, after every check of the rules
 * and before anything is booked; never for a repeated or refused bet, a win, an end of round, a
 * cancel or a refund.
 *
 * <p>Its answer is an outcome like any other: a refusal books nothing and is recorded under the
 * request id, so a retransmission gets the same answer without asking the guard again. A guard that
 * throws rolls the bet back: a {@link dev.walletgate.application.port.out.StorageException} is
 * answered with the protocol's "retry" signal, anything else as an unexpected failure.
 */
@FunctionalInterface
public interface BetGuard {
  /** No guard: every bet the rules would book is booked (G3). */
  BetGuard NONE = (bet, context) -> BetVerdict.ALLOW;

  /**
   * @param context what the guard may read and lock in the bet's transaction
   */
  BetVerdict check(GuardedBet bet, GuardContext context);
}
