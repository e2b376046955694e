package dev.walletgate.bootstrap.front;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.WalletgateService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liveness and readiness, JVM and process metrics, and the scheme a 401 asks for. */
class OperationsEndpointsTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  @Test
  void liveAndReadyAnswer_metricsShowTheJvm_andA401NamesBearer() throws Exception {
    try (WalletgateService service =
        RunningService.start(dir, "jdbc:h2:mem:ops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
      String base = service.baseUri().toString();

      HttpResponse<String> live = get(base + "/health/live", null);
      HttpResponse<String> ready = get(base + "/health/ready", null);
      HttpResponse<String> alias = get(base + "/health", null);
      HttpResponse<String> metrics = get(base + "/metrics", null);
      HttpResponse<String> unauthorized = get(base + "/operator/v1/players/1/accounts/USD", "x");

      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo(alias.body()).contains("UP");
      assertThat(metrics.body())
          .contains(
              "jvm_memory_used_bytes",
              "jvm_gc_",
              "jvm_threads_live_threads",
              "process_cpu_usage",
              "process_uptime_seconds");
      assertThat(unauthorized.statusCode()).isEqualTo(401);
      assertThat(unauthorized.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }
  }

  private static HttpResponse<String> get(String url, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
