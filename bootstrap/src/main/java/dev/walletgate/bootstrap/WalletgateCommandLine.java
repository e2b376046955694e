package dev.walletgate.bootstrap;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING;

import dev.walletgate.bootstrap.config.ConfigException;
import dev.walletgate.bootstrap.config.ProtocolRegistry;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds {@code walletgate} and its commands on picocli: each answers {@code --help} and {@code
 * --version}, those that read the database take every setting as an option, and every failure ends
 * with one of the exit codes in the help's footer.
 */
final class WalletgateCommandLine {
  private static final String EXIT_CODES =
      "  0  success%n"
          + "  1  the command ran and failed (cannot start, ledger mismatch, database error)%n"
          + "  2  usage or configuration error (unknown command/option, bad/missing value)";
  private static final String PRECEDENCE =
      "%nA setting not given as an option is read from its environment variable, else%n"
          + "from its property in the --config file, else it takes its default.%n";

  private WalletgateCommandLine() {}

  /** Runs the command the arguments name; its exit code, or {@link ServeCommand#KEEP_RUNNING}. */
  static int execute(
      String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    ProtocolRegistry registry;
    try {
      registry = ProtocolRegistry.discover();
    } catch (ConfigException e) {
      err.println("configuration error: " + e.getMessage());
      return ExitCode.USAGE;
    }
    CommandLine walletgate = create(registry, environment, out, err);
    try {
      return walletgate.execute(args);
    } finally {
      walletgate.getOut().flush();
      walletgate.getErr().flush();
    }
  }

  private static CommandLine create(
      ProtocolRegistry registry,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err) {
    SettingOptions settings = new SettingOptions(registry, environment);
    CommandLine walletgate =
        command(new WalletgateCommand(new ServeCommand(settings, out, err)), settings);
    // Before the commands are added: it would reach theirs too.
    commandsBeforeOptions(walletgate);
    walletgate.addSubcommand(command(new ServeCommand(settings, out, err), settings));
    walletgate.addSubcommand(command(new PurgeCommand(settings, out, err), settings));
    walletgate.addSubcommand(command(new ReconcileCommand(settings, out, err), settings));
    walletgate.addSubcommand(command(new VerifyLedgerCommand(settings, out, err), settings));
    CommandLine bench = command(new BenchSubcommand(out, err), null);
    BenchSubcommand.describeOptions(bench);
    walletgate.addSubcommand(bench);
    walletgate.addSubcommand(command(new VersionCommand(out), null));
    CommandLine help = command(new HelpCommand(), null);
    settings.acceptUnshown(help.getCommandSpec());
    walletgate.addSubcommand(help);

    // These apply to the commands added so far, hence last.
    CommandErrors errors = new CommandErrors();
    walletgate
        .setOut(writer(out))
        .setErr(writer(err))
        .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
        // A setting given twice keeps the later value: a script may override what it was handed.
        .setOverwrittenOptionsAllowed(true)
        // "@file" would be read as more arguments: a value such as a password is taken as given.
        .setExpandAtFiles(false)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
    return walletgate;
  }

  /** A command with the options and help every command has, and the settings when it reads them. */
  private static CommandLine command(Object command, SettingOptions settings) {
    CommandLine commandLine = new CommandLine(command);
    CommandSpec spec = commandLine.getCommandSpec();
    spec.mixinStandardHelpOptions(true);
    spec.versionProvider(new WalletgateVersion());
    spec.usageMessage()
        .abbreviateSynopsis(true)
        .sortOptions(false)
        .commandListHeading("%nCommands:%n")
        .optionListHeading("%nOptions:%n")
        .footerHeading((settings == null ? "" : PRECEDENCE) + "%nExit codes:%n")
        .footer(EXIT_CODES);
    if (settings != null) {
      settings.addTo(spec);
    }
    return commandLine;
  }

  /** The list of commands, a few lines, comes before the long list of settings. */
  private static void commandsBeforeOptions(CommandLine walletgate) {
    List<String> keys = new ArrayList<>(walletgate.getHelpSectionKeys());
    List<String> commands = List.of(SECTION_KEY_COMMAND_LIST_HEADING, SECTION_KEY_COMMAND_LIST);
    keys.removeAll(commands);
    keys.addAll(keys.indexOf(SECTION_KEY_OPTION_LIST_HEADING), commands);
    walletgate.setHelpSectionKeys(keys);
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(stream, true);
  }
}
