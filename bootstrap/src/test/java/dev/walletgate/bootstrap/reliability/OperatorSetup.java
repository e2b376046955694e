package dev.walletgate.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The platform's side of a run: accounts, deposits and sessions through the operator API. */
final class OperatorSetup {
  private final URI base;
  private final String operatorKey;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  OperatorSetup(URI base, String operatorKey) {
    this.base = base;
    this.operatorKey = operatorKey;
  }

  /** A funded USD account and an open session for the player; the deposit goes into the book. */
  void fundedPlayer(String player, String sessionId, BigDecimal deposit, ProviderBook book) {
    String p = encode(player);
    expect(call("PUT", "/players/" + p + "/accounts/USD", null), 200, 201);
    String reference = "dep-" + player;
    expect(
        call(
            "POST",
            "/players/" + p + "/accounts/USD/deposits",
            ProviderTransport.JSON
                .createObjectNode()
                .put("amount", deposit.toPlainString())
                .put("reference", reference)
                .toString()),
        200,
        201);
    book.deposit(player, reference, deposit);
    expect(
        call(
            "POST",
            "/sessions",
            ProviderTransport.JSON
                .createObjectNode()
                .put("playerId", player)
                .put("currency", "USD")
                .put("sessionId", sessionId)
                .toString()),
        201);
  }

  /** A bet key as the operator API shows it. */
  JsonNode bet(String integration, String key) {
    return json(call("GET", "/bets/" + encode(integration) + "/" + encode(key), null), 200);
  }

  /** The newest ledger entries of a player's USD account. */
  JsonNode ledger(String player, int limit) {
    return json(
        call("GET", "/players/" + encode(player) + "/ledger?currency=USD&limit=" + limit, null),
        200);
  }

  JsonNode account(String player) {
    return json(call("GET", "/players/" + encode(player) + "/accounts/USD", null), 200);
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  HttpResponse<String> call(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/operator/v1" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + operatorKey)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void expect(HttpResponse<String> response, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return;
      }
    }
    throw new IllegalStateException(
        response.request().method()
            + " "
            + response.request().uri().getPath()
            + " answered "
            + response.statusCode()
            + ": "
            + response.body());
  }

  private static JsonNode json(HttpResponse<String> response, int status) {
    expect(response, status);
    try {
      return ProviderTransport.JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + response.body(), e);
    }
  }
}
