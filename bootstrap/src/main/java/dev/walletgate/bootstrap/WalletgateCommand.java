package dev.walletgate.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code walletgate}: the commands under one name; without one, it serves. */
@Command(
    name = "walletgate",
    description = {
      "Walletgate, the operator side of seamless-wallet callbacks: every bet, win, cancel and"
          + " refund exactly once.",
      "Run as: java -jar walletgate.jar [COMMAND] [OPTIONS]. Without a command it serves."
    })
final class WalletgateCommand implements Callable<Integer> {
  private final ServeCommand serve;

  WalletgateCommand(ServeCommand serve) {
    this.serve = serve;
  }

  @Override
  public Integer call() {
    return serve.call();
  }
}
