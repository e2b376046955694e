package dev.walletgate.bootstrap;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING;

import dev.walletgate.bootstrap.bench.BenchCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bench}: {@link BenchCommand} behind the command line. Its many options stay its own: they
 * pass through unparsed, and its help shows them as it writes them.
 */
@Command(name = "bench", description = "Measure throughput and latency on scratch databases.")
final class BenchSubcommand implements Callable<Integer> {
  private static final String BENCH_OPTIONS = "benchOptions";

  @Unmatched List<String> options = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;

  BenchSubcommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Shows the bench's own options after the standard ones. */
  static void describeOptions(CommandLine bench) {
    bench
        .getHelpSectionMap()
        .put(
            BENCH_OPTIONS,
            help -> System.lineSeparator() + BenchCommand.usage() + System.lineSeparator());
    List<String> keys = new ArrayList<>(bench.getHelpSectionKeys());
    keys.add(keys.indexOf(SECTION_KEY_FOOTER_HEADING), BENCH_OPTIONS);
    bench.setHelpSectionKeys(keys);
  }

  @Override
  public Integer call() {
    return BenchCommand.run(options, out, err);
  }
}
