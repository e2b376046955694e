package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.protocol.StrictUtf8;
import dev.walletgate.domain.money.DecimalText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** JSON in and out for the operator API, with the same strict limits as the callbacks. */
final class OperatorJson {
  private final ObjectMapper mapper;

  OperatorJson() {
    JsonFactory factory =
        new PlainDecimalJsonFactory(
            new JsonFactoryBuilder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxNumberLength(64)
                        .maxStringLength(4096)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    // Floats are not all made BigDecimals: the factory keeps plain decimals exact and reads
    // exponent forms as doubles, which no amount accepts (M3).
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  Reply answer(int status, ObjectNode body) {
    return new Reply(status, Reply.JSON, write(body));
  }

  Reply ok(ObjectNode body) {
    return answer(200, body);
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  byte[] write(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The body as a JSON object; an empty body is an empty object. */
  ObjectNode read(byte[] body) {
    if (body.length == 0) {
      return object();
    }
    // Strictly: a lenient decoder would store two different malformed ids as one U+FFFD text.
    String text =
        StrictUtf8.decode(body)
            .orElseThrow(() -> Problem.badRequest("the body is not valid UTF-8"));
    try {
      JsonNode node = mapper.readTree(text);
      if (node instanceof ObjectNode object) {
        return object;
      }
      throw Problem.badRequest("the body must be a JSON object");
    } catch (IOException e) {
      throw Problem.badRequest("the body is not valid JSON");
    }
  }

  static String requiredText(ObjectNode body, String field) {
    return optionalText(body, field)
        .orElseThrow(() -> Problem.unprocessable("'" + field + "' is required"));
  }

  static Optional<String> optionalText(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw Problem.unprocessable("'" + field + "' must be a non-empty string");
    }
    return Optional.of(node.asText());
  }

  /**
   * An amount written as a plain decimal, in a string ("100.00") or as a JSON number, never via
   * double; an exponent form ({@code 1E2}, "1e3") is refused either way (M3).
   */
  static BigDecimal amount(ObjectNode body) {
    JsonNode node = body.get("amount");
    if (node == null || node.isNull()) {
      throw Problem.unprocessable("'amount' is required");
    }
    Optional<BigDecimal> amount =
        node.isTextual()
            ? DecimalText.parse(node.asText())
            : node.isIntegralNumber() || node.isBigDecimal()
                ? Optional.of(node.decimalValue())
                : Optional.empty();
    return amount.orElseThrow(() -> Problem.unprocessable("'amount' must be a decimal string"));
  }
}
