package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.protocol.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The request/response pairs under {@code src/test/resources/golden/}: requests are sent as their
 * exact text (placeholders such as {@code <sessionId>} filled in), responses are compared as JSON
 * trees, with the random {@code transactionId} checked by shape only.
 */
final class Golden {
  private Golden() {}

  /** The request file's text with each {@code <name>} replaced by its value. */
  static String request(String name, Map<String, String> placeholders) {
    String text = resource(name + ".request.json");
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      text = text.replace("<" + p.getKey() + ">", p.getValue());
    }
    assertThat(text).doesNotContain("\"<");
    return text;
  }

  /** Asserts the response equals the golden one, field for field, ignoring transaction ids. */
  static void assertMatches(String name, Reply response) {
    JsonNode actual = KyrenHarness.wellFormed(response);
    JsonNode expected = KyrenHarness.read(resource(name + ".response.json"));
    assertThat(withoutTransactionId(actual)).isEqualTo(withoutTransactionId(expected));
    assertThat(actual.has("transactionId")).isEqualTo(expected.has("transactionId"));
    if (actual.has("transactionId")) {
      assertThat(actual.get("transactionId").isTextual()).isTrue();
      assertThat(actual.get("transactionId").textValue()).isNotBlank();
    }
  }

  private static JsonNode withoutTransactionId(JsonNode body) {
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.remove("transactionId");
    return copy;
  }

  private static String resource(String file) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file " + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
