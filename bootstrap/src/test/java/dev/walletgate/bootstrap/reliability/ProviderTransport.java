package dev.walletgate.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A provider's HTTP client: one POST with a client timeout to one of the service instances, chosen
 * at random per attempt. A timeout, a refused connection or an unparseable body is an unanswered
 * call, never an exception, because a provider treats them all as "retry".
 */
final class ProviderTransport {
  static final ObjectMapper JSON = new ObjectMapper();

  private final List<URI> instances;
  private final HttpClient http;

  ProviderTransport(List<URI> instances) {
    this.instances = List.copyOf(instances);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  /** What came back: an HTTP status and its JSON body, or the reason nothing usable came. */
  record Answer(int status, JsonNode body, String failure) {
    static Answer unanswered(String why) {
      return new Answer(0, null, why);
    }

    boolean answered() {
      return failure == null;
    }

    String text(String field) {
      JsonNode node = body == null ? null : body.get(field);
      return node == null || node.isNull() ? null : node.asText();
    }
  }

  Answer post(String pathAndQuery, String body, Duration timeout) {
    URI target = instances.get(ThreadLocalRandom.current().nextInt(instances.size()));
    HttpRequest request =
        HttpRequest.newBuilder(target.resolve(pathAndQuery))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (!response.body().isEmpty()) {
        try {
          json = JSON.readTree(response.body());
        } catch (IOException e) {
          return new Answer(response.statusCode(), null, "unparseable body");
        }
      }
      return new Answer(response.statusCode(), json, null);
    } catch (IOException e) {
      return Answer.unanswered(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.unanswered("interrupted");
    }
  }
}
