package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preload section on the H2 file: an empty and a preloaded database measured alike, and the
 * bets and request records really stored in the preloaded one only. Structure only, never speed.
 */
class BenchPreloadTest {
  @TempDir Path out;

  @Test
  void givenASmallPreload_theEmptyAndTheFullPointAreAlike_andTheRowsAreStored() throws Exception {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        BenchCommand.run(
            List.of(
                "--preload", "500",
                "--duration", "0.5",
                "--warmup", "0",
                "--players", "2",
                "--skip", "inprocess,http,pgbench,process,recovery",
                "--out", out.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
    List<String> points = new ArrayList<>();
    for (JsonNode point : json.get("points")) {
      points.add(
          point.get("section").asText()
              + " "
              + point.get("database").asText()
              + " "
              + point.get("target").asText()
              + " x"
              + point.get("clients").asInt()
              + " "
              + point.get("seconds").asDouble());
      assertThat(point.get("statementsPerCallback").get("bet").get("statements").asDouble())
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(points)
        .containsExactly("preload-empty h2file jdbi x8 0.5", "preload-full h2file jdbi x8 0.5");
    JsonNode full = json.get("facts").get(PreloadBench.FULL_ROWS);
    assertThat(full.get("bets").asLong()).isGreaterThanOrEqualTo(500);
    assertThat(full.get("requestRecords").asLong()).isGreaterThanOrEqualTo(500);
    JsonNode empty = json.get("facts").get(PreloadBench.EMPTY_ROWS);
    assertThat(empty.get("bets").asLong()).isLessThan(500);
    boolean preloadTarget = false;
    for (JsonNode target : json.get("targets")) {
      if (target
          .get("name")
          .asText()
          .equals("500 bets and 500 request records stored / empty database")) {
        preloadTarget = true;
        assertThat(target.get("measured").isNumber()).as(target.toString()).isTrue();
        assertThat(target.get("goal").asDouble()).isEqualTo(0.9);
      }
    }
    assertThat(preloadTarget).isTrue();
  }
}
