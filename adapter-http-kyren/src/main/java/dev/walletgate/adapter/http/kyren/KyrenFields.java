package dev.walletgate.adapter.http.kyren;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.domain.model.Identifier;
import dev.walletgate.domain.money.DecimalText;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of a request body's fields, each failing with the answer the spec gives: a missing,
 * null or blank required field is 64 naming it; a wrong type or a string that is not a usable
 * {@link Identifier} (too long, or text a database would refuse or change) is 57.
 */
final class KyrenFields {
  private final ObjectNode body;
  // The identifiers already read and accepted, so that the call report reuses them unchecked.
  private final Map<String, String> accepted = new HashMap<>();

  KyrenFields(ObjectNode body) {
    this.body = body;
  }

  /** A required identifier: a non-blank JSON string that {@link Identifier} accepts. */
  String required(String name) {
    return optional(name)
        .orElseThrow(() -> new InvalidKyrenRequest(KyrenAnswer.missingField(name)));
  }

  /** An optional identifier: absent, null or blank reads as empty; otherwise as a required one. */
  Optional<String> optional(String name) {
    String known = accepted.get(name);
    if (known != null) {
      return Optional.of(known);
    }
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InvalidKyrenRequest(
          KyrenAnswer.invalidParameters("'" + name + "' must be a string"));
    }
    String text = value.textValue();
    if (text.isBlank()) {
      return Optional.empty();
    }
    Optional<String> flaw = Identifier.flaw(text, "'" + name + "'");
    if (flaw.isPresent()) {
      throw new InvalidKyrenRequest(KyrenAnswer.invalidParameters(flaw.get()));
    }
    accepted.put(name, text);
    return Optional.of(text);
  }

  /**
   * A required amount: a JSON number or a JSON string, each written as a plain decimal. Its
   * presence and type are checked here; a number or string in another form (an exponent: {@code
   * 1E2}, {@code "1e3"}) comes back as an empty {@link Amount}, so that the caller answers 59 only
   * once every field passed.
   */
  Amount amount(String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      throw new InvalidKyrenRequest(KyrenAnswer.missingField(name));
    }
    if (value.isNumber()) {
      // Integers and plain decimals are exact; a float that is neither was written with an
      // exponent (PlainDecimalJsonFactory), refused as the same text in a string is (M3).
      boolean plain = value.isIntegralNumber() || value.isBigDecimal();
      return new Amount(plain ? Optional.of(value.decimalValue()) : Optional.empty());
    }
    if (!value.isTextual()) {
      throw new InvalidKyrenRequest(
          KyrenAnswer.invalidParameters("'" + name + "' must be a number or a string"));
    }
    if (value.textValue().isEmpty()) {
      throw new InvalidKyrenRequest(KyrenAnswer.missingField(name));
    }
    return new Amount(DecimalText.parse(value.textValue()));
  }

  /**
   * The field's text if it is a usable identifier (for the call report only), else null. A field
   * the call already read is not checked again.
   */
  String reportedText(String name) {
    String known = accepted.get(name);
    if (known != null) {
      return known;
    }
    JsonNode value = body.get(name);
    if (value == null || !value.isTextual()) {
      return null;
    }
    String text = value.textValue();
    return Identifier.flaw(text, name).isPresent() ? null : text;
  }

  /** An amount as read: empty when the text was not a plain decimal (INVALID_AMOUNT). */
  record Amount(Optional<BigDecimal> value) {
    BigDecimal orInvalid() {
      return value.orElseThrow(() -> new InvalidKyrenRequest(KyrenAnswer.invalidAmount()));
    }
  }
}
