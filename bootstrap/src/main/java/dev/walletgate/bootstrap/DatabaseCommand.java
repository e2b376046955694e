package dev.walletgate.bootstrap;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** A command over the configured database: names the database first, then does its work. */
abstract class DatabaseCommand implements Callable<Integer> {
  private final SettingOptions settings;
  final PrintStream out;
  final PrintStream err;

  DatabaseCommand(SettingOptions settings, PrintStream out, PrintStream err) {
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  @Override
  public final Integer call() {
    CommandDatabase database = new CommandDatabase(settings.config());
    databaseLineTo().println(database.line());
    return run(database);
  }

  /** Where the database line goes: standard output, unless the command keeps that for data. */
  PrintStream databaseLineTo() {
    return out;
  }

  /** The command's work; its exit code. */
  abstract int run(CommandDatabase database);
}
