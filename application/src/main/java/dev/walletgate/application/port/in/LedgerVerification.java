package dev.walletgate.application.port.in;

import java.util.List;

/** The result of checking L1 over every account. */
public record LedgerVerification(long accountsChecked, List<LedgerMismatch> mismatches) {
  public LedgerVerification {
    mismatches = List.copyOf(mismatches);
  }

  public boolean holds() {
    return mismatches.isEmpty();
  }
}
