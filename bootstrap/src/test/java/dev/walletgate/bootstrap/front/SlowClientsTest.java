package dev.walletgate.bootstrap.front;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.WalletgateService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of slow, stalled and idle connections, authenticated or not, on loopback, while a normal
 * client keeps calling: its callbacks and {@code /health} are answered as usual, because no
 * connection holds a worker thread while its body trickles in.
 */
class SlowClientsTest {
  private static final int TRICKLING = 200;
  private static final int STALLED_UNAUTHENTICATED = 100;
  private static final int IDLE = 100;
  // Generous against a loaded 2-core machine; before bodies were read without holding a thread,
  // the normal call waited for the stalled ones' deadlines (10 s and more).
  private static final Duration USUAL = Duration.ofMillis(1500);

  @TempDir Path dir;

  @Test
  void givenHundredsOfSlowAndStalledConnections_aNormalCallbackIsAnsweredInItsUsualTime()
      throws Exception {
    try (WalletgateService service =
        RunningService.start(
            dir,
            "jdbc:h2:mem:slow-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--read-timeout",
            "PT20S")) {
      int port = service.port();
      List<Raw> attackers = new ArrayList<>();
      ExecutorService trickle = Executors.newSingleThreadExecutor();
      AtomicBoolean running = new AtomicBoolean(true);
      try {
        byte[] body = RunningService.bet("slow", "slow-bet").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < TRICKLING; i++) {
          attackers.add(new Raw(port, 1000).head(RunningService.KYREN + "/Bet", body.length));
        }
        List<Raw> unauthenticated = new ArrayList<>();
        for (int i = 0; i < STALLED_UNAUTHENTICATED; i++) {
          String path =
              i % 2 == 0 ? "/kyren/guessed/v1/Bet" : "/luckymonaco/bet?authToken=wrong-" + i;
          unauthenticated.add(new Raw(port, 3000).head(path, 400));
        }
        for (int i = 0; i < IDLE; i++) {
          attackers.add(new Raw(port, 1000));
        }
        trickle.submit(
            () -> {
              // One byte per trickling connection every 200 ms, bounded by the test's own end.
              for (int b = 0; b < body.length - 1 && running.get(); b++) {
                for (int i = 0; i < TRICKLING && running.get(); i++) {
                  try {
                    attackers.get(i).send(new String(new byte[] {body[b]}, StandardCharsets.UTF_8));
                  } catch (Exception closed) {
                    // A closed connection stays closed; the others go on.
                  }
                }
                Thread.sleep(200);
              }
              return null;
            });

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long slowest = 0;
        for (int i = 0; i < 30; i++) {
          long started = System.nanoTime();
          HttpResponse<String> balance =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create(service.baseUri() + RunningService.KYREN + "/Balance"))
                      .header("Content-Type", "application/json")
                      .timeout(Duration.ofSeconds(10))
                      .POST(HttpRequest.BodyPublishers.ofString(RunningService.balance("b-" + i)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          HttpResponse<String> health =
              client.send(
                  HttpRequest.newBuilder(URI.create(service.baseUri() + "/health"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          slowest = Math.max(slowest, (System.nanoTime() - started) / 2);
          assertThat(balance.body()).contains("\"error\":0");
          assertThat(health.statusCode()).isEqualTo(200);
        }

        assertThat(Duration.ofNanos(slowest)).isLessThan(USUAL);
        for (Raw refused : unauthenticated) {
          // Answered from the request line: nothing of the declared body was ever sent.
          String answer = refused.answer();
          assertThat(answer).matches("(?s)HTTP/1.1 (404|200) .*");
          if (answer.startsWith("HTTP/1.1 200")) {
            assertThat(answer).contains("INVALID_TOKEN_ID");
          }
          refused.close();
        }
      } finally {
        running.set(false);
        trickle.shutdownNow();
        trickle.awaitTermination(5, TimeUnit.SECONDS);
        attackers.forEach(Raw::close);
      }
    }
  }
}
