package dev.walletgate.application.protocol;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured values of one protocol's settings, by the names it declared, and the largest
 * request body the host accepts.
 */
public record ProtocolConfig(String protocol, Map<String, String> values, int maxBodyBytes) {
  public static final int DEFAULT_MAX_BODY_BYTES = 65536;

  public ProtocolConfig {
    Objects.requireNonNull(protocol, "protocol");
    values = Map.copyOf(Objects.requireNonNull(values, "values"));
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive");
    }
  }

  /** The values with the default body limit. */
  public static ProtocolConfig of(String protocol, Map<String, String> values) {
    return new ProtocolConfig(protocol, values, DEFAULT_MAX_BODY_BYTES);
  }

  /** The value, when configured and not blank. */
  public Optional<String> get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * The value of a setting the protocol cannot do without.
   *
   * @throws IllegalArgumentException naming the setting, when it is not configured
   */
  public String require(String name) {
    return get(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    protocol
                        + "."
                        + name
                        + " is not configured: "
                        + protocol
                        + " is not served"
                        + " without it"));
  }

  /** Leaves the values out: some are secrets. */
  @Override
  public String toString() {
    return "ProtocolConfig[" + protocol + ", settings " + values.keySet() + "]";
  }
}
