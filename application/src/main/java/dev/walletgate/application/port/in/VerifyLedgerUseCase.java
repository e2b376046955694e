package dev.walletgate.application.port.in;

import java.util.function.LongConsumer;

/** Incoming port: checks L1 (balance = opening balance + sum of entries) for every account. */
public interface VerifyLedgerUseCase {
  /**
   * @param progress told how many accounts were checked so far, after each page
   */
  LedgerVerification verifyLedger(LongConsumer progress);
}
