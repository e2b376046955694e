package dev.walletgate.bootstrap;

import dev.walletgate.bootstrap.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a failure prints and the exit code it gives: a short message and where to read more for a
 * usage or configuration error (2), the reason for a command that ran and failed (1).
 */
final class CommandErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(message(e));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(hint(command));
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof ConfigException) {
      err.println("configuration error: " + e.getMessage());
      err.println(hint(command));
      return ExitCode.USAGE;
    }
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    err.println(command.getCommandName() + ": " + withoutUrlPasswords(reason));
    return ExitCode.SOFTWARE;
  }

  /** A driver's or the pool's message may quote the JDBC URL as configured, password and all. */
  private static String withoutUrlPasswords(String text) {
    return text.replaceAll("(//[^/:@\\s]+:)[^\\s]*@", "$1***@")
        .replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
  }

  /** picocli's message, but a word where a command was expected is called an unknown command. */
  private static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched
        && !e.getCommandLine().getSubcommands().isEmpty()
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "Unknown command: '" + unmatched.getUnmatched().get(0) + "'";
    }
    return e.getMessage();
  }

  private static String hint(CommandLine command) {
    return "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.";
  }
}
