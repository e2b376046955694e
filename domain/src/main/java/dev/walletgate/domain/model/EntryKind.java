package dev.walletgate.domain.model;

/** Why a ledger entry moved money; the sign of its amount follows from it (L1). */
public enum EntryKind {
  DEPOSIT(1),
  WITHDRAWAL(-1),
  BET(-1),
  WIN(1),
  REFUND(1);

  private final int sign;

  EntryKind(int sign) {
    this.sign = sign;
  }

  /** +1 for a credit, -1 for a debit. */
  public int sign() {
    return sign;
  }
}
