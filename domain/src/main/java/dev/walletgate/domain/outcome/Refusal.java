package dev.walletgate.domain.outcome;

/** The named business refusals of the rulebook; each maps to one vendor code per protocol. */
public enum Refusal {
  /** B4, withdrawal over the balance. */
  INSUFFICIENT_FUNDS,
  /** B5, C5: the player has no account in that currency, or the cancel names another one. */
  CURRENCY_MISMATCH,
  /** M2: the currency is not configured in this deployment. */
  UNSUPPORTED_CURRENCY,
  /** B6, W4: the bet key was voided or cancelled. */
  BET_VOIDED,
  /** B7: the round has ended. */
  ROUND_ENDED,
  /** C6: the bet was settled and can no longer be cancelled. */
  BET_ALREADY_SETTLED,
  /** W5: a LuckyMonaco win for a spin with no booked bet and no bonus code. */
  BET_NOT_FOUND,
  /** S1: no active session of that player. */
  INVALID_SESSION,
  /** B5: the player is locked. */
  ACCOUNT_LOCKED,
  /** B3, W2, C5, I3, L2: the same key or request id with other content. */
  CONFLICTING_DUPLICATE,
  /** M2, M3: amount out of range or with more fraction digits than the currency has. */
  INVALID_AMOUNT,
  /** B5: the operator does not know the player. */
  PLAYER_NOT_FOUND,
  /** G4, G5: the bet would pass one of the player's limits. */
  BET_LIMIT_REACHED,
  /** G2: the platform's bet guard refused the bet for a reason other than a limit. */
  BET_NOT_ALLOWED
}
