package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.protocol.StrictUtf8;

/**
 * The module's one Jackson configuration: strict limits (depth 32, numbers of 64 digits, strings of
 * 4096 characters; the body's size was checked before it is read), duplicate keys refused, plain
 * decimals read as exact {@code BigDecimal}s and exponent forms not, trailing tokens refused; and
 * strict UTF-8.
 */
final class WireJson {
  static final int MAX_NESTING_DEPTH = 32;
  static final int MAX_NUMBER_LENGTH = 64;
  static final int MAX_STRING_LENGTH = 4096;

  private final ObjectMapper mapper;

  WireJson() {
    JsonFactory factory =
        new PlainDecimalJsonFactory(
            new JsonFactoryBuilder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    // Floats are not all made BigDecimals: the factory keeps plain decimals exact and reads
    // exponent forms as doubles, which no amount accepts (M3).
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  /** The body as a JSON object, or {@link InvalidParameterException}. */
  ObjectNode readObject(byte[] body) {
    String text =
        StrictUtf8.decode(body)
            .orElseThrow(() -> new InvalidParameterException("body is not UTF-8"));
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JsonProcessingException | RuntimeException e) {
      // Syntax errors, broken limits, duplicate keys and numbers Java cannot hold.
      throw new InvalidParameterException("body is not acceptable JSON");
    }
    if (tree instanceof ObjectNode object) {
      return object;
    }
    throw new InvalidParameterException("body is not a JSON object");
  }

  ObjectNode newObject() {
    return mapper.createObjectNode();
  }

  byte[] write(ObjectNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer could not be written", e);
    }
  }
}
