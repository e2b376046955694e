package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.application.contract.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With --postgres-url, the HTTP section runs the service on PostgreSQL too, beside its default H2
 * file ({@code WALLETGATE_TEST_POSTGRES_URL}; skipped without it).
 */
class BenchHttpPostgresTest {
  @TempDir Path out;

  @Test
  void givenAPostgresUrl_theHttpSection_measuresTheServiceOnTheH2FileAndOnPostgres()
      throws Exception {
    // Skips (or fails, when PostgreSQL is required) without the test server's URL.
    PostgresTestDatabase.create().close();
    String postgresUrl = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        BenchCommand.run(
            List.of(
                "--postgres-url", postgresUrl,
                "--threads", "1",
                "--duration", "0.5",
                "--warmup", "0",
                "--players", "2",
                "--skip", "inprocess,pgbench,preload,process,recovery",
                "--out", out.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
    List<String> points = new ArrayList<>();
    for (JsonNode point : json.get("points")) {
      points.add(point.get("section").asText() + " " + point.get("database").asText());
      assertThat(point.get("operations").asLong()).as(point.toString()).isPositive();
      assertThat(point.get("errors").asLong()).as(point.toString()).isZero();
    }
    assertThat(points).containsExactly("http h2file", "http postgres");
  }
}
