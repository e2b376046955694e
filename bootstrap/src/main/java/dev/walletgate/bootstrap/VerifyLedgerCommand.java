package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.LedgerMismatch;
import dev.walletgate.application.port.in.LedgerVerification;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code verify-ledger}: every account's balance against the sum of its ledger entries (L1). */
@Command(
    name = "verify-ledger",
    description = {
      "Check balance = sum of ledger entries (L1) for every account.",
      "Exits 1 on a mismatch, each one listed."
    })
final class VerifyLedgerCommand extends DatabaseCommand {
  VerifyLedgerCommand(SettingOptions settings, PrintStream out, PrintStream err) {
    super(settings, out, err);
  }

  @Override
  int run(CommandDatabase database) {
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
            m.currency().value(),
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
