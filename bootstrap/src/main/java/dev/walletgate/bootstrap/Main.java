package dev.walletgate.bootstrap;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The command line: {@code java -jar walletgate.jar
 * [serve|purge|reconcile|verify-ledger|bench|version|help] [options]}; see {@link
 * WalletgateCommandLine}.
 */
public final class Main {
  private static final Set<String> OTHER_THAN_SERVE =
      Set.of(
          "purge",
          "reconcile",
          "verify-ledger",
          "bench",
          "version",
          "help",
          "--help",
          "-h",
          "--version",
          "-V");

  private Main() {}

  public static void main(String[] args) {
    // Before the arguments are parsed: the warm-up then overlaps the parsing too.
    if (List.of(args).stream().noneMatch(OTHER_THAN_SERVE::contains)) {
      Preinitializer.start();
    }
    int status = run(args, System.out, System.err);
    if (status != ServeCommand.KEEP_RUNNING) {
      System.exit(status);
    }
  }

  /** Runs a command; returns the exit status, or {@link ServeCommand#KEEP_RUNNING} for serve. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return WalletgateCommandLine.execute(args, out, err, System.getenv());
  }

  /** This build's version; see {@link WalletgateVersion#current()}. */
  static String version() {
    return WalletgateVersion.current();
  }
}
