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

/**
 * The bench's cost figures per callback on a tiny in-process run: statements by kind for the
 * baseline and both adapters, and allocation. Counts and structure only, never speed.
 */
class BenchCostPerCallbackTest {
  @TempDir Path out;

  @Test
  void givenH2Memory_eachInProcessPoint_reportsStatementsByKindAndAllocation() throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        BenchCommand.run(
            List.of(
                "--databases", "h2mem",
                "--adapters", "jdbi,jpa",
                "--threads", "1",
                "--duration", "1",
                "--warmup", "0",
                "--players", "2",
                "--skip", "http,pgbench,preload,process,recovery",
                "--out", out.toString()),
            new PrintStream(text, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
    List<String> targets = new ArrayList<>();
    for (JsonNode point : json.get("points")) {
      targets.add(point.get("target").asText());
      JsonNode kinds = point.get("statementsPerCallback");
      assertThat(kinds.fieldNames())
          .toIterable()
          .as(point.toString())
          .containsExactly("bet", "win", "cancel", "replay");
      // A bet, a win and a cancel claim the request and read, then write: two statements at
      // least (the baseline's, each a multi-statement or a query of subqueries); a replay claims
      // and reads its record, and sends no more than a bet.
      assertThat(kinds.get("bet").get("statements").asDouble())
          .as(point.toString())
          .isGreaterThanOrEqualTo(2);
      assertThat(kinds.get("win").get("statements").asDouble())
          .as(point.toString())
          .isGreaterThanOrEqualTo(2);
      assertThat(kinds.get("cancel").get("statements").asDouble())
          .as(point.toString())
          .isGreaterThanOrEqualTo(2);
      assertThat(kinds.get("replay").get("statements").asDouble())
          .as(point.toString())
          .isGreaterThanOrEqualTo(1)
          .isLessThanOrEqualTo(kinds.get("bet").get("statements").asDouble());
      for (JsonNode kind : kinds) {
        assertThat(kind.get("commits").asDouble()).as(point.toString()).isGreaterThanOrEqualTo(1);
        // A commit or rollback is a round trip of its own, unless a statement carried it (the
        // baseline's writes end with their COMMIT).
        assertThat(kind.get("roundTrips").asDouble())
            .as(point.toString())
            .isBetween(
                kind.get("statements").asDouble(),
                kind.get("statements").asDouble()
                    + kind.get("commits").asDouble()
                    + kind.get("rollbacks").asDouble());
      }
      if (point.get("operations").asLong() > 0) {
        assertThat(point.get("allocatedBytesPerOperation").asDouble())
            .as(point.toString())
            .isPositive();
      }
    }
    assertThat(targets).containsExactly("baseline", "jdbi", "jpa");
    assertThat(Files.readString(out.resolve("bench.txt")))
        .contains("cost per callback", "statements", "round trips", "replay", "alloc KB");
  }
}
