package dev.walletgate.adapter.http.kyren;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.protocol.StrictUtf8;
import dev.walletgate.domain.money.Money;
import java.nio.charset.StandardCharsets;

/**
 * Kyren's JSON with strict limits: reads a body into a tree (strict UTF-8, nesting, number and
 * string limits, duplicate keys refused, plain decimals exact, exponent forms not) and writes
 * answer bodies; the body's size was checked before, by the gate. Thread-safe once built.
 */
final class KyrenJson {
  static final int MAX_NESTING_DEPTH = 32;
  static final int MAX_NUMBER_LENGTH = 64;
  static final int MAX_STRING_LENGTH = 4096;

  private static final byte[] UNEXPECTED_BODY =
      "{\"error\":999,\"description\":\"Internal error\"}".getBytes(StandardCharsets.UTF_8);

  private final ObjectMapper mapper;

  KyrenJson() {
    JsonFactory factory =
        new PlainDecimalJsonFactory(
            new JsonFactoryBuilder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    // Floats are not all made BigDecimals: the factory keeps plain decimals exact and reads
    // exponent forms as doubles, which no amount accepts (M3).
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The 999 body, written without Jackson. */
  static byte[] unexpectedBody() {
    return UNEXPECTED_BODY.clone();
  }

  /** The body as a JSON object, or an {@link InvalidKyrenRequest} answering 57. */
  ObjectNode readObject(byte[] body) {
    // Jackson's own decoder lets some malformed sequences (overlong forms, encoded surrogates)
    // through; StrictUtf8 refuses all of them.
    String text =
        StrictUtf8.decode(body)
            .orElseThrow(
                () ->
                    new InvalidKyrenRequest(
                        KyrenAnswer.invalidParameters("body is not valid UTF-8")));
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidKyrenRequest(KyrenAnswer.invalidParameters("malformed JSON"));
    } catch (NumberFormatException | ArithmeticException e) {
      // Jackson lets these through unwrapped for a number whose exponent leaves BigDecimal's
      // range, e.g. 1e-2147483649: no decimal can hold it, so it is malformed input.
      throw new InvalidKyrenRequest(KyrenAnswer.invalidParameters("number out of range"));
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidKyrenRequest(KyrenAnswer.invalidParameters("body is not a JSON object"));
    }
    return (ObjectNode) tree;
  }

  /**
   * The body of an answer: {@code error} (a number) and {@code description} always; {@code
   * currency} and {@code cash} on an error when the balance is known and on a success of a call
   * that answers a balance; {@code transactionId} on a success of a call that answers one.
   */
  byte[] write(KyrenCall call, KyrenAnswer answer) {
    ObjectNode body = mapper.createObjectNode();
    body.put("error", answer.error());
    body.put("description", answer.description());
    boolean withBalance = !answer.isSuccess() || call.answersBalance();
    if (withBalance && answer.balance().isPresent()) {
      Money cash = answer.balance().get();
      body.put("currency", cash.currency().code().value());
      body.put("cash", cash.display());
    }
    if (answer.isSuccess() && call.answersTransaction() && answer.transactionId().isPresent()) {
      body.put("transactionId", answer.transactionId().get());
    }
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // Every value written is a number or plain text the adapter made or validated.
      return unexpectedBody();
    }
  }
}
