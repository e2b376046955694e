package dev.walletgate.domain.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The canonical digest of a request's logical content (I1): the operation and its fields, sorted by
 * name, with amounts already normalised by the caller. Field order and number formatting on the
 * wire never change it.
 */
public record Fingerprint(String value) {
  public Fingerprint {
    if (value == null || !value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a fingerprint is a 64-digit SHA-256 hex string");
    }
  }

  /** The fingerprint of one operation's request, built field by field. */
  public static Builder of(Operation operation) {
    return new Builder(Objects.requireNonNull(operation, "operation"));
  }

  /** Same as {@link #of(String, Map)} with the fields given as name, value, name, value, ... */
  static Fingerprint of(String operation, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("fields come in name, value pairs");
    }
    Map<String, String> fields = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (fields.containsKey(namesAndValues[i])) {
        throw new IllegalArgumentException("field named twice: " + namesAndValues[i]);
      }
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return of(operation, fields);
  }

  /**
   * The canonical form every fingerprint is digested from. Null field values are left out, so an
   * absent optional field and a null one are the same.
   */
  static Fingerprint of(String operation, Map<String, String> fields) {
    Objects.requireNonNull(operation, "operation");
    StringBuilder canonical = new StringBuilder();
    append(canonical, operation);
    new TreeMap<>(fields)
        .forEach(
            (name, value) -> {
              if (value != null) {
                append(canonical, name);
                append(canonical, value);
              }
            });
    return new Fingerprint(HexFormat.of().formatHex(sha256(canonical.toString())));
  }

  // Length-prefixed so that no choice of values can make two field lists read the same.
  private static void append(StringBuilder canonical, String part) {
    canonical.append(part.length()).append(':').append(part).append(';');
  }

  /** The fields of one request; each is given at most once, a null value standing for absent. */
  public static final class Builder {
    private final Operation operation;
    private final Map<FingerprintField, String> fields = new EnumMap<>(FingerprintField.class);

    private Builder(Operation operation) {
      this.operation = operation;
    }

    public Builder with(FingerprintField field, String value) {
      if (fields.containsKey(field)) {
        throw new IllegalArgumentException("field given twice: " + field);
      }
      fields.put(field, value);
      return this;
    }

    public Builder with(FingerprintField field, boolean value) {
      return with(field, Boolean.toString(value));
    }

    public Fingerprint digest() {
      Map<String, String> named = new HashMap<>();
      fields.forEach((field, value) -> named.put(field.fingerprintName(), value));
      return Fingerprint.of(operation.storedName(), named);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
