package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.bootstrap.bench.BenchCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's contract: every command explains itself and names the version without doing
 * anything else, a usage or configuration error exits 2 with a hint, and a command that reads the
 * database names it in its first line.
 */
class CommandLineHelpTest {
  private static final List<String> SECRETS =
      List.of(
          "--kyren-base-path", "/kyren/help/v1", "--luckymonaco-token", "t", "--operator-key", "k");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return run(Map.of(), args);
  }

  private int run(Map<String, String> environment, String... args) {
    out.reset();
    err.reset();
    return WalletgateCommandLine.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        environment);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** A command over a fresh H2 file in {@code data}, out of development mode. */
  private String[] over(Path data, String... command) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of("--data-dir", data.toString()));
    all.addAll(SECRETS);
    return all.toArray(String[]::new);
  }

  private Path data() {
    return dir.resolve("data");
  }

  /** Each command with arguments that would make it do its work, were it not for the help. */
  static Stream<Arguments> commandsAtWork() {
    return Stream.of("--help", "-h")
        .flatMap(
            help ->
                Stream.of(
                    Arguments.of("serve", List.of("--port", "0", "--data-dir", "DATA", help)),
                    Arguments.of("purge", List.of("--data-dir", "DATA", help)),
                    Arguments.of("reconcile", List.of("--json", "--data-dir", "DATA", help)),
                    Arguments.of("verify-ledger", List.of("--data-dir", "DATA", help)),
                    Arguments.of("bench", List.of("--duration", "1", "--out", "DATA", help)),
                    Arguments.of("version", List.of(help)),
                    Arguments.of("help", List.of(help))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commandsAtWork")
  void help_exits0WithTheCommandsOwnUsage_andDoesNotRunIt(String command, List<String> options) {
    List<String> args = new ArrayList<>(List.of(command));
    options.forEach(o -> args.add(o.equals("DATA") ? data().toString() : o));

    assertThat(run(args.toArray(String[]::new))).as(errors()).isZero();

    assertThat(output())
        .startsWith("Usage: walletgate " + command + " ")
        .contains("--help", "--version", "Exit codes:");
    assertThat(errors()).isEmpty();
    // Each of the commands would have made the folder: its H2 file, its secrets or its report.
    assertThat(data()).doesNotExist();
  }

  @Test
  void help_ofTheCommandsThatReadTheDatabase_showsEverySettingOfEveryPlugInWithEnvAndDefault() {
    for (String command : List.of("serve", "purge", "reconcile", "verify-ledger")) {
      assertThat(run(command, "--help")).isZero();
      assertThat(output())
          .as(command)
          .contains("--config=FILE")
          .contains("--port=PORT", "env WALLETGATE_PORT, property port, default 8080")
          .contains("--db-url=URL", "env WALLETGATE_DB_URL")
          .contains("--bet-limits=LIMITS", "env WALLETGATE_BET_LIMITS", "default off")
          .contains("--bet-limits-zone=ZONE", "env WALLETGATE_BET_LIMITS_ZONE", "default UTC")
          .contains("--bet-limits-cooloff=COOLOFF", "env WALLETGATE_BET_LIMITS_COOLOFF")
          .contains("--kyren-base-path=PATH", "env WALLETGATE_KYREN_BASE_PATH")
          // The test sources' own protocol plug-in, found on the class path like any other.
          .contains("--signed-key=KEY", "env WALLETGATE_SIGNED_KEY")
          .contains("--signed-base-path=PATH", "default /signed");
    }
  }

  @Test
  void benchHelp_showsTheBenchsOwnOptions() {
    assertThat(run("bench", "--help")).isZero();

    assertThat(output()).contains(BenchCommand.usage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void theTopLevelHelp_listsEveryCommandAndTheExitCodes(String help) {
    assertThat(run(help)).isZero();

    assertThat(output())
        .startsWith("Usage: walletgate [OPTIONS] [COMMAND]")
        .contains("serve", "purge", "reconcile", "verify-ledger", "bench", "version", "help")
        .contains("Exit codes:", "  2  usage or configuration error");
  }

  @Test
  void helpNamingACommand_showsThatCommandsUsage() {
    assertThat(run("help", "reconcile")).isZero();

    assertThat(output())
        .startsWith("Usage: walletgate reconcile ")
        .contains("--open-older-than=DURATION");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--version",
        "-V",
        "version",
        "serve --version",
        "purge -V",
        "reconcile --version",
        "verify-ledger --version",
        "bench --version",
        "version --version",
        "help -V"
      })
  void version_printsTheBuildsVersion(String args) {
    assertThat(run(args.split(" "))).isZero();

    assertThat(output().strip())
        .isEqualTo("walletgate " + System.getProperty("walletgate.expected.version"));
    assertThat(errors()).isEmpty();
  }

  @Test
  void anUnknownCommand_exits2WithAShortMessageAndTheHint() {
    assertThat(run("no-such-command")).isEqualTo(2);

    assertThat(errors())
        .contains("Unknown command: 'no-such-command'")
        .contains("Try 'walletgate --help' for more information.")
        .doesNotContain("Usage:");
    assertThat(output()).isEmpty();
  }

  @Test
  void anUnknownOption_exits2WithTheHintOfItsCommand() {
    assertThat(run("purge", "--no-such-option")).isEqualTo(2);

    assertThat(errors())
        .contains("Unknown option: '--no-such-option'")
        .contains("Try 'walletgate purge --help' for more information.")
        .doesNotContain("Usage:");
    assertThat(errors().lines()).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void aMissingOrBadOptionValue_exits2WithTheHint() {
    assertThat(run("reconcile", "--limit")).isEqualTo(2);
    assertThat(errors()).contains("--limit").contains("Try 'walletgate reconcile --help'");

    assertThat(run("reconcile", "--open-older-than", "ten minutes")).isEqualTo(2);
    assertThat(errors()).contains("'ten minutes' is not an ISO-8601 duration");

    assertThat(run("purge", "--port")).isEqualTo(2);
    assertThat(errors()).contains("--port").contains("Try 'walletgate purge --help'");
  }

  @Test
  void aBadBenchOption_exits2WithTheBenchsHint() {
    assertThat(run("bench", "--no-such-option", "1")).isEqualTo(2);

    assertThat(errors())
        .contains("unknown bench option --no-such-option")
        .contains("Try 'walletgate bench --help'");
  }

  @Test
  void aBadSettingValue_exits2NamingTheSetting_beforeTouchingTheDatabase() {
    assertThat(run(over(data(), "purge", "--port", "70000"))).isEqualTo(2);
    assertThat(errors())
        .contains("configuration error: invalid port '70000'")
        .contains("Try 'walletgate purge --help'");

    assertThat(run(Map.of("WALLETGATE_PERSISTENCE", "mongo"), over(data(), "verify-ledger")))
        .isEqualTo(2);
    assertThat(errors()).contains("invalid persistence 'mongo'");
    assertThat(data()).doesNotExist();
  }

  @Test
  void aSetting_isTakenFromTheFlag_elseTheEnvironment_elseTheFile_whereverTheFlagStands()
      throws Exception {
    Path file = dir.resolve("walletgate.properties");
    Files.writeString(file, "request.retention=P1D\n");
    Map<String, String> env = Map.of("WALLETGATE_REQUEST_RETENTION", "P2D");

    assertThat(run(env, over(data(), "purge", "--config", file.toString()))).isZero();
    assertThat(output()).contains("older than PT48H");

    assertThat(
            run(
                env,
                over(data(), "purge", "--config", file.toString(), "--request-retention", "P3D")))
        .isZero();
    assertThat(output()).contains("older than PT72H");

    assertThat(run(env, over(data(), "--request-retention", "P4D", "purge"))).isZero();
    assertThat(output()).contains("older than PT96H");

    assertThat(run(Map.of(), over(data(), "purge", "--config", file.toString()))).isZero();
    assertThat(output()).contains("older than PT24H");
  }

  @ParameterizedTest
  @ValueSource(strings = {"purge", "verify-ledger", "reconcile"})
  void theFirstLine_namesTheDatabaseTheCommandReads(String command) {
    assertThat(run(over(data(), command))).as(errors()).isZero();

    assertThat(output().lines().findFirst())
        .contains(
            "database: jdbc:h2:file:"
                + data().toAbsolutePath().resolve("walletgate")
                + " (jdbi storage)");
  }

  @Test
  void reconcileJson_keepsStandardOutputOneJsonDocument_andNamesTheDatabaseOnStandardError()
      throws Exception {
    assertThat(run(over(data(), "reconcile", "--json"))).as(errors()).isZero();

    assertThat(new ObjectMapper().readTree(output()).has("openBets")).isTrue();
    assertThat(errors().lines().findFirst())
        .hasValueSatisfying(l -> assertThat(l).startsWith("database: "));
  }

  @Test
  void aDatabaseThatCannotBeReached_exits1_andNoLineShowsThePassword() {
    String url = "jdbc:postgresql://walletgate:s3cret-pw@127.0.0.1:1/walletgate?password=s3cret-pw";

    assertThat(run(over(data(), "verify-ledger", "--db-url", url))).isEqualTo(1);

    assertThat(output().lines().findFirst())
        .contains(
            "database: jdbc:postgresql://walletgate:***@127.0.0.1:1/walletgate (jdbi storage)");
    assertThat(errors()).startsWith("verify-ledger: ");
    assertThat(output() + errors()).doesNotContain("s3cret-pw");
  }
}
