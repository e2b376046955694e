package dev.walletgate.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a running service over a real socket, as the platform and the providers would. */
final class ServiceClient {
  static final String KYREN_BASE = "/kyren/e2e-secret-3f9c/v1";
  static final String LUCKYMONACO_TOKEN = "e2e-token";
  static final String OPERATOR_KEY = "e2e-operator-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  ServiceClient(URI base) {
    this.base = base;
  }

  /** A response with its parsed JSON body (null when the body is empty). */
  record Reply(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return body.isEmpty() ? null : JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String text(String field) {
      JsonNode node = json().get(field);
      return node == null || node.isNull() ? null : node.asText();
    }
  }

  Reply operator(String method, String path, String body) {
    return send(method, "/operator/v1" + path, body, "Bearer " + OPERATOR_KEY);
  }

  Reply operatorWithKey(String method, String path, String authorization) {
    return send(method, "/operator/v1" + path, null, authorization);
  }

  Reply kyren(String call, String body) {
    return send("POST", KYREN_BASE + "/" + call, body, null);
  }

  Reply luckyMonaco(String call, String body) {
    return send("POST", "/luckymonaco/" + call + "?authToken=" + LUCKYMONACO_TOKEN, body, null);
  }

  Reply get(String path) {
    return send("GET", path, null, null);
  }

  Reply send(String method, String path, String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
