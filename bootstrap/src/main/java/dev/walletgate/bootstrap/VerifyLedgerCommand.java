package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.LedgerMismatch;
import dev.walletgate.application.port.in.LedgerVerification;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code verify-ledger}: every account's balance against the sum of its ledger entries (L1). */
@Command(
    name = "verify-ledger",
    description = {
      "Check balance = sum of ledger entries (L1) for every account.",
      "Exits 1 on a mismatch, each one listed."
    })
final class VerifyLedgerCommand implements Callable<Integer> {
  private final SettingOptions settings;
  private final PrintStream out;
  private final PrintStream err;

  VerifyLedgerCommand(SettingOptions settings, PrintStream out, PrintStream err) {
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    CommandDatabase database = new CommandDatabase(settings.config());
    out.println(database.line());
    try (HikariDataSource pool = database.pool();
        Walletgate walletgate = database.open(pool)) {
      LedgerVerification result =
          walletgate
              .services()
              .reconciliation()
              .verifyLedger(n -> err.println("checked " + n + " accounts"));
      for (LedgerMismatch m : result.mismatches()) {
        out.printf(
            "MISMATCH %s %s: balance %s, opening 0 + entries %s%n",
            m.player().value(),
            m.currency(),
            m.balance().toPlainString(),
            m.sumOfEntries().toPlainString());
      }
      out.printf(
          "%s for %d accounts (%d mismatches)%n",
          result.holds() ? "L1 holds" : "L1 FAILS",
          result.accountsChecked(),
          result.mismatches().size());
      return result.holds() ? 0 : 1;
    }
  }
}
