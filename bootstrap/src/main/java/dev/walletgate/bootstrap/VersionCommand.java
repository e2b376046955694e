package dev.walletgate.bootstrap;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code version}: this build's version, as {@code --version} prints it. */
@Command(name = "version", description = "Print this build's version (also --version).")
final class VersionCommand implements Callable<Integer> {
  private final PrintStream out;

  VersionCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    out.println(WalletgateVersion.line());
    return 0;
  }
}
