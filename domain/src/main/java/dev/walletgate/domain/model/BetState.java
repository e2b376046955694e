package dev.walletgate.domain.model;

/** Life of a bet key: booked (open, then settled or cancelled) or voided before any bet came. */
public enum BetState {
  OPEN,
  SETTLED,
  CANCELLED,
  VOIDED;

  /** True when the key can never be debited again (B6, W4). */
  public boolean isVoidedOrCancelled() {
    return this == CANCELLED || this == VOIDED;
  }
}
