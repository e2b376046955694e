package dev.walletgate.application.port.out;

/** What a {@link WalletEvent} reports; stored by name. */
public enum EventKind {
  BET_DEBITED(true),
  WIN_CREDITED(true),
  BET_REFUNDED(true),
  KEY_VOIDED(false),
  ROUND_SETTLED(false),
  DEPOSITED(true),
  WITHDRAWN(true),
  ACCOUNT_LOCKED(false),
  ACCOUNT_UNLOCKED(false);

  private final boolean movesMoney;

  EventKind(boolean movesMoney) {
    this.movesMoney = movesMoney;
  }

  /** Whether events of this kind report a ledger entry, and so carry its amount and balance. */
  public boolean movesMoney() {
    return movesMoney;
  }
}
