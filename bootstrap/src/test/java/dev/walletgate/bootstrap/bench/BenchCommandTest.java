package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command end to end for a second or two: no timing is asserted, only that it works. */
class BenchCommandTest {
  @TempDir Path out;

  @Test
  void givenH2MemoryAndJdbi_shortBench_writesTheThreeFilesWithErrorFreePoints() throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        BenchCommand.run(
            List.of(
                "--databases", "h2mem",
                "--adapters", "jdbi",
                "--threads", "1,2",
                "--duration", "1",
                "--warmup", "0.3",
                "--players", "3",
                "--skip", "pgbench,preload,process,recovery",
                "--out", out.toString()),
            new PrintStream(text, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.resolve("bench.txt")).exists();
    assertThat(Files.readString(out.resolve("bench.svg")))
        .startsWith("<svg")
        .contains("polyline", "circle");
    JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
    List<String> measured = new ArrayList<>();
    for (JsonNode point : json.get("points")) {
      measured.add(
          point.get("database").asText()
              + " "
              + point.get("target").asText()
              + " x"
              + point.get("clients").asInt());
      assertThat(point.get("operations").asLong()).isPositive();
      assertThat(point.get("errors").asLong()).as(point.toString()).isZero();
      assertThat(point.get("cpuMillisPerOperation").asDouble()).as(point.toString()).isPositive();
    }
    assertThat(measured)
        .containsExactly(
            "h2mem baseline x1",
            "h2mem jdbi x1",
            "h2mem baseline x2",
            "h2mem jdbi x2",
            "h2file http x1",
            "h2file http x2");
    assertThat(json.get("targets")).isNotEmpty();
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("targets:");
  }

  @Test
  void givenTheRecoverySection_itKillsTheServiceUnderLoad_andReportsEachRestart() throws Exception {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        BenchCommand.run(
            List.of(
                "--adapters", "jdbi",
                "--players", "2",
                "--skip", "inprocess,http,pgbench,preload,process",
                "--recovery-callbacks", "2000",
                "--restarts", "1",
                "--out", out.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
    JsonNode facts = json.get("facts");
    assertThat(facts.get("recoveryMillis h2file jdbi").asLong()).isPositive();
    assertThat(facts.get("recovery h2file jdbi").asText())
        .startsWith("2000 callbacks stored; launch to first answered callback [")
        .contains("kill to first answer [");
    List<String> targets = new ArrayList<>();
    json.get("targets").forEach(t -> targets.add(t.get("name").asText()));
    assertThat(targets).contains("SIGKILL, restart to first answered callback, h2file jdbi (ms)");
  }

  @Test
  void givenAnUnknownOption_bench_exitsWithTwoNamingItAndWhereItsOptionsAreShown() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        BenchCommand.run(
            List.of("--no-such-option", "1"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(errors.toString(StandardCharsets.UTF_8))
        .contains("unknown bench option --no-such-option")
        .contains("Try 'walletgate bench --help'");
  }
}
