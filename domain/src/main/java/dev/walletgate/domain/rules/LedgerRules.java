package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.LedgerEntry;
import java.math.BigDecimal;
import java.util.List;

/** L1: a balance is its opening balance plus the sum of its entries, and never negative (M4). */
public final class LedgerRules {
  private LedgerRules() {}

  /** The balance the entries add up to. */
  public static BigDecimal replay(BigDecimal opening, List<LedgerEntry> entries) {
    return entries.stream().map(LedgerEntry::amount).reduce(opening, BigDecimal::add);
  }

  /**
   * True if the entries, in booking order, add up to the balance, each entry's balance-after
   * matches the running sum, and no running balance is negative.
   */
  public static boolean holds(BigDecimal opening, List<LedgerEntry> entries, BigDecimal balance) {
    BigDecimal running = opening;
    for (LedgerEntry e : entries) {
      running = running.add(e.amount());
      if (running.signum() < 0 || running.compareTo(e.balanceAfter()) != 0) {
        return false;
      }
    }
    return running.compareTo(balance) == 0;
  }
}
