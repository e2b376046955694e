package dev.walletgate.bootstrap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The mix as Kyren calls over HTTP/1.1, one kept-alive socket per load thread so that each thread
 * keeps its own connection busy; and the players' set-up through the operator API (java.net.http).
 */
final class HttpDriver implements Driver {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final String kyrenPath;
  private final String operatorKey;
  private final SocketClient load;

  HttpDriver(URI base, String kyrenPath, String operatorKey) {
    this.base = base;
    this.kyrenPath = kyrenPath.endsWith("/") ? kyrenPath : kyrenPath + "/";
    this.operatorKey = operatorKey;
    this.load = new SocketClient(base);
  }

  @Override
  public boolean execute(Step step) throws IOException, InterruptedException {
    String call;
    switch (step.kind()) {
      case BET:
        call = "Bet";
        break;
      case WIN:
        call = "Result";
        break;
      case END_ROUND:
        call = "EndRound";
        break;
      case CANCEL:
        call = "Cancel";
        break;
      default:
        call = "Refund";
        break;
    }
    SocketClient.Reply reply = load.post(kyrenPath + call, body(step));
    return reply.status() == 200 && reply.body().contains("\"error\":0");
  }

  @Override
  public void close() {
    load.close();
  }

  static String body(Step step) {
    String amount =
        switch (step.kind()) {
          case BET -> ",\"amount\":\"" + Mix.STAKE + "\"";
          case WIN -> ",\"amount\":\"" + Mix.WIN + "\"";
          default -> "";
        };
    return "{\"uuid\":\""
        + step.requestId()
        + "\",\"userId\":\""
        + step.player().id()
        + "\",\"sessionId\":\""
        + step.player().session()
        + "\",\"providerId\":\"Kyren\",\"gameId\":\"bench_game\",\"gameName\":\"BENCH\""
        + ",\"roundId\":\""
        + step.round()
        + "\",\"reference\":\""
        + step.key()
        + "\",\"currency\":\""
        + Mix.CURRENCY
        + "\""
        + amount
        + "}";
  }

  List<BenchPlayer> fundedPlayers(String prefix, int count) throws Exception {
    List<BenchPlayer> players = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String player = prefix + "-p" + i;
      String session = prefix + "-s" + i;
      String accounts = "/operator/v1/players/" + player + "/accounts/" + Mix.CURRENCY;
      expect(send("PUT", accounts, null), 200);
      expect(
          post(
              accounts + "/deposits",
              "{\"amount\":\""
                  + InProcessBench.FUNDS
                  + "\",\"reference\":\""
                  + prefix
                  + "-d"
                  + i
                  + "\"}",
              operatorKey),
          200);
      expect(
          post(
              "/operator/v1/sessions",
              "{\"playerId\":\""
                  + player
                  + "\",\"currency\":\""
                  + Mix.CURRENCY
                  + "\",\"sessionId\":\""
                  + session
                  + "\"}",
              operatorKey),
          201);
      players.add(new BenchPlayer(player, session));
    }
    return players;
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "bench set-up: "
              + response.request().uri().getPath()
              + " answered "
              + response.statusCode()
              + " "
              + response.body());
    }
  }

  private HttpResponse<String> post(String path, String body, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + operatorKey)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** GETs a path; the status, or -1 when nothing answers. */
  int status(String path) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(2)).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
