package dev.walletgate.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code help [COMMAND]}: the usage of walletgate, or of one of its commands. */
@Command(name = "help", description = "Show the usage of walletgate or of one command.")
final class HelpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to explain")
  String command;

  @Override
  public Integer call() {
    CommandLine walletgate = spec.parent().commandLine();
    CommandLine explained = command == null ? walletgate : walletgate.getSubcommands().get(command);
    if (explained == null) {
      throw new ParameterException(spec.commandLine(), "Unknown command: '" + command + "'");
    }
    explained.usage(explained.getOut());
    return 0;
  }
}
