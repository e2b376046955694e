package dev.walletgate.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is wrong with an answer by the response its contract documents: a body where none is
 * documented, a media type it does not list, a body its schema refuses, a required header missing
 * or malformed.
 */
final class ResponseCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResponseCheck() {}

  /**
   * @param response where the documented response is in the contract
   * @param method the request's method: an answer to HEAD has no body, whatever its type
   */
  static List<String> violations(
      OpenApiDocument contract, String response, String method, WireClient.Response answer) {
    List<String> found = new ArrayList<>(headerViolations(contract, response, answer));
    JsonNode content = contract.at(response + "/content");
    if (content.isMissingNode() || method.equals("HEAD")) {
      if (answer.body().length > 0) {
        found.add("a body where none is documented: " + answer.bodyText());
      }
      return found;
    }
    String mediaType =
        answer.header("Content-Type").map(ResponseCheck::withoutParameters).orElse(null);
    if (mediaType == null || !content.has(mediaType)) {
      found.add("Content-Type " + mediaType + " is not among " + names(content));
      return found;
    }
    String schema = response + "/content/" + mediaType.replace("/", "~1") + "/schema";
    found.addAll(contract.violations(schema, instance(mediaType, answer)));
    return found;
  }

  private static List<String> headerViolations(
      OpenApiDocument contract, String response, WireClient.Response answer) {
    List<String> found = new ArrayList<>();
    JsonNode headers = contract.at(response + "/headers");
    for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> header = it.next();
      String pointer = reference(header.getValue(), response + "/headers/" + header.getKey());
      var value = answer.header(header.getKey());
      if (value.isEmpty()) {
        if (contract.at(pointer + "/required").asBoolean(false)) {
          found.add("the required header " + header.getKey() + " is missing");
        }
        continue;
      }
      found.addAll(contract.violations(pointer + "/schema", new TextNode(value.get())));
    }
    return found;
  }

  private static String reference(JsonNode node, String pointer) {
    return node.has("$ref") ? node.get("$ref").asText().substring(1) : pointer;
  }

  /** A JSON body as JSON; any other body as the string it is. */
  private static JsonNode instance(String mediaType, WireClient.Response answer) {
    if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
      return new TextNode(answer.bodyText());
    }
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + answer.bodyText(), e);
    }
  }

  private static String withoutParameters(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
