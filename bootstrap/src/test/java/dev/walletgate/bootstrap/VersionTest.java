package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code version} and {@code --version} print the build's version, read without the jar too (the
 * build hands the expected version to the tests as {@code walletgate.expected.version}).
 */
class VersionTest {
  @ParameterizedTest
  @ValueSource(strings = {"version", "--version"})
  void theVersionCommand_printsTheProjectVersion(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.run(
            new String[] {command},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("walletgate " + System.getProperty("walletgate.expected.version"));
  }

  @Test
  void theVersion_isTheBuildsNeverAPlaceholder() {
    assertThat(Main.version())
        .isEqualTo(System.getProperty("walletgate.expected.version"))
        .doesNotContain("${")
        .isNotEqualTo("unknown");
  }
}
