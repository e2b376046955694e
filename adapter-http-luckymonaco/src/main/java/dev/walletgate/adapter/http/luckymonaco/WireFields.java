package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.domain.model.Identifier;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.DecimalText;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Pulls typed fields out of a request's JSON tree, telling a missing field from a wrong type. A
 * JSON {@code null} counts as a missing field.
 */
final class WireFields {
  private WireFields() {}

  /** A required identifier: a JSON string that {@link Identifier} accepts. */
  static String requiredId(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      throw new InvalidParameterException(name + " is missing");
    }
    return identifier(node, name);
  }

  /** An optional identifier: absent, null or blank means none; any other value must be valid. */
  static Optional<String> optionalId(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (absent(node) || (node.isTextual() && node.textValue().isBlank())) {
      return Optional.empty();
    }
    return Optional.of(identifier(node, name));
  }

  /** A required JSON object. */
  static ObjectNode requiredObject(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      throw new InvalidParameterException(name + " is missing");
    }
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw new InvalidParameterException(name + " is not an object");
  }

  /**
   * A required amount: a plain decimal string ({@link DecimalText}) or a JSON number written as a
   * plain decimal, taken exactly; an exponent form is refused either way. Its range and scale are
   * the service's business (M2, M3).
   */
  static BigDecimal requiredAmount(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      throw new InvalidParameterException(name + " is missing");
    }
    return amount(node, name);
  }

  /** An optional amount (a breakdown field): when present it must be a non-negative amount. */
  static Optional<BigDecimal> optionalAmount(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return Optional.empty();
    }
    BigDecimal value = amount(node, name);
    if (value.signum() < 0) {
      throw InvalidParameterException.invalidAmount(name);
    }
    return Optional.of(value);
  }

  /**
   * The player: {@code userid} or {@code userId}, both accepted on every call; both present with
   * different values is refused.
   */
  static PlayerId player(ObjectNode body) {
    Optional<String> lower = present(body, "userid");
    Optional<String> camel = present(body, "userId");
    if (lower.isPresent() && camel.isPresent() && !lower.get().equals(camel.get())) {
      throw new InvalidParameterException("userid and userId differ");
    }
    return new PlayerId(
        lower
            .or(() -> camel)
            .orElseThrow(() -> new InvalidParameterException("userid is missing")));
  }

  /** {@code is_end_round}: {@code "ok"} in any case, or JSON {@code true}, ends the spin (R2). */
  static boolean endsRound(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (absent(node)) {
      return false;
    }
    if (node.isTextual()) {
      return "ok".equalsIgnoreCase(node.textValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    throw new InvalidParameterException(name + " is neither a string nor a boolean");
  }

  /** A string field's text for a call report, when it is a usable identifier; never throws. */
  static String peekText(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node != null && node.isTextual() && Identifier.flaw(node.textValue(), name).isEmpty()) {
      return node.textValue();
    }
    return null;
  }

  private static Optional<String> present(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    return absent(node) ? Optional.empty() : Optional.of(identifier(node, name));
  }

  private static BigDecimal amount(JsonNode node, String name) {
    if (node.isTextual()) {
      return DecimalText.parse(node.textValue())
          .orElseThrow(() -> InvalidParameterException.invalidAmount(name));
    }
    if (node.isIntegralNumber() || node.isBigDecimal()) {
      return node.decimalValue();
    }
    if (node.isNumber()) {
      // A float that is not exact was written with an exponent (PlainDecimalJsonFactory): refused
      // as the same text in a string is (M3).
      throw InvalidParameterException.invalidAmount(name);
    }
    throw new InvalidParameterException(name + " is not an amount");
  }

  private static String identifier(JsonNode node, String name) {
    if (!node.isTextual()) {
      throw new InvalidParameterException(name + " is not a string");
    }
    String value = node.textValue();
    Optional<String> flaw = Identifier.flaw(value, name);
    if (flaw.isPresent()) {
      throw new InvalidParameterException(flaw.get());
    }
    return value;
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }
}
