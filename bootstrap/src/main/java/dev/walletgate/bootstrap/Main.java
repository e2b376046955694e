package dev.walletgate.bootstrap;

import dev.walletgate.bootstrap.config.ConfigException;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ProtocolRegistry;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.config.SettingKey;
import java.io.PrintStream;
import java.util.List;

/**
 * The command line: {@code java -jar walletgate.jar
 * [serve|purge|reconcile|verify-ledger|bench|version|help] [settings]}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != Cli.KEEP_RUNNING) {
      System.exit(status);
    }
  }

  /** Runs a command; returns the exit status, or {@link Cli#KEEP_RUNNING} for the server. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("version") || args[0].equals("--version"))) {
      out.println("walletgate " + version());
      return 0;
    }
    try {
      ConfigSources sources = ConfigSources.read(args, System.getenv());
      List<String> command = sources.remaining();
      String name = command.isEmpty() ? "serve" : command.get(0);
      List<String> options = command.isEmpty() ? List.of() : command.subList(1, command.size());
      if (name.equals("help") || name.equals("--help")) {
        usage(out);
        return 0;
      }
      if (name.equals("bench")) {
        return Cli.bench(options, out, err);
      }
      Cli cli = new Cli(ServiceConfig.from(sources), out, err);
      return switch (name) {
        case "serve" -> cli.serve();
        case "purge" -> cli.purge();
        case "reconcile" -> cli.reconcile(options);
        case "verify-ledger" -> cli.verifyLedger();
        default -> {
          err.println("unknown command '" + name + "'" + (options.isEmpty() ? "" : " " + options));
          usage(err);
          yield 2;
        }
      };
    } catch (ConfigException e) {
      err.println("configuration error: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      err.println("invalid arguments: " + e.getMessage());
      return 2;
    }
  }

  /** This build's version; see {@link WalletgateVersion#current()}. */
  static String version() {
    return WalletgateVersion.current();
  }

  static void usage(PrintStream out) {
    out.println("usage: java -jar walletgate.jar [command] [--config FILE] [--setting value ...]");
    out.println();
    out.println("commands:");
    out.println("  serve          run the service (default)");
    out.println("  purge          delete request records past their retention");
    out.println("  reconcile      open bets older than --open-older-than PT10M, voided keys and");
    out.println("                 refused cancels; --json for machines, --limit N rows per list");
    out.println("  verify-ledger  check balance = sum of entries (L1) for every account;");
    out.println("                 exits 1 on a mismatch");
    out.println("  bench          measure throughput and latency; bench --help for its options");
    out.println("  version        this build's version (also --version)");
    out.println("  help           this text");
    out.println();
    out.println("settings (file property / environment variable / flag):");
    for (SettingKey s : ProtocolRegistry.discover().settingKeys()) {
      String def = s.defaultValue() == null ? "" : " [" + s.defaultValue() + "]";
      out.printf(
          "  %-26s %-36s %s%n    %s%s%n",
          s.property(), s.environmentVariable(), s.flag(), s.description(), def);
    }
  }
}
