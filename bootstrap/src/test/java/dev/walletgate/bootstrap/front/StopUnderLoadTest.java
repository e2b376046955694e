package dev.walletgate.bootstrap.front;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop under load: every Bet sent is either booked and answered with success, or
 * answered with Kyren's retry code and not booked, or never got in; none is booked unanswered and
 * none gets a server page.
 */
class StopUnderLoadTest {
  private static final int CLIENTS = 6;

  @TempDir Path dir;

  enum Fate {
    BOOKED_ANSWER,
    RETRY_ANSWER,
    NO_ANSWER
  }

  @Test
  void givenBetsFlowingWhenTheServiceStops_eachIsBookedAndAnsweredOrAnsweredRetryAndNotBooked()
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("stop") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    WalletgateService service = RunningService.start(dir, url);
    URI bet = URI.create(service.baseUri() + RunningService.KYREN + "/Bet");
    Map<String, Fate> fates = new ConcurrentHashMap<>();
    List<String> unexpected = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    AtomicBoolean stopped = new AtomicBoolean();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      running.add(
          clients.submit(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                // Bounded in count; after the stop, the first refused connection ends the loop.
                for (int i = 0; i < 2_000; i++) {
                  String reference = "stop-" + client + "-" + i;
                  Fate fate = send(http, bet, reference, unexpected);
                  fates.put(reference, fate);
                  if (fate == Fate.NO_ANSWER && stopped.get()) {
                    return;
                  }
                }
              }));
    }
    // Stop once bets are flowing (a loaded machine may take a while to get there).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (fates.values().stream().filter(f -> f == Fate.BOOKED_ANSWER).count() < 20
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    stopped.set(true);
    service.close();
    for (Future<?> f : running) {
      f.get(60, TimeUnit.SECONDS);
    }
    clients.shutdown();

    assertThat(unexpected).isEmpty();
    assertThat(fates.values()).contains(Fate.BOOKED_ANSWER);
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url);
      pool.setUsername("sa");
      try (Walletgate walletgate =
          Walletgate.builder(Persistence.JDBI.open(pool)).migrate(false).build()) {
        fates.forEach(
            (reference, fate) -> {
              boolean booked =
                  walletgate
                      .services()
                      .queries()
                      .getBet(Integration.KYREN, new BetKey(reference))
                      .isPresent();
              assertThat(booked)
                  .as("%s answered %s", reference, fate)
                  .isEqualTo(fate == Fate.BOOKED_ANSWER);
            });
      }
    }
  }

  private static Fate send(HttpClient http, URI bet, String reference, List<String> unexpected) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(bet)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(20))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(RunningService.bet(reference, reference)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200 && answer.body().contains("\"error\":0")) {
        return Fate.BOOKED_ANSWER;
      }
      if (answer.statusCode() == 200 && answer.body().contains("\"error\":998")) {
        return Fate.RETRY_ANSWER;
      }
      synchronized (unexpected) {
        unexpected.add(reference + ": " + answer.statusCode() + " " + answer.body());
      }
      return Fate.RETRY_ANSWER;
    } catch (IOException e) {
      return Fate.NO_ANSWER;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Fate.NO_ANSWER;
    }
  }
}
