package dev.walletgate.application.protocol;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A setting a provider protocol declares. A host names it {@code <protocol>.<name>} (a property
 * file key), {@code WALLETGATE_<PROTOCOL>_<NAME>} (an environment variable) or {@code
 * --<protocol>-<name>} (a flag).
 *
 * @param name the setting's name within its protocol, e.g. {@code base.path}
 * @param description one line for help texts
 * @param defaultValue the value when none is configured, or null when there is none
 * @param secret whether the value is a credential: never printed or logged, and required (a
 *     protocol with a secret left unset is not served)
 * @param developmentValue makes a random value for a secret in development mode; null otherwise
 */
public record ProtocolSetting(
    String name,
    String description,
    String defaultValue,
    boolean secret,
    Supplier<String> developmentValue) {
  public ProtocolSetting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*")) {
      throw new IllegalArgumentException("a setting name is lower-case words joined by dots");
    }
    if (secret && developmentValue == null) {
      throw new IllegalArgumentException("a secret setting needs a development value");
    }
  }

  /** A plain setting, with a default or none. */
  public static ProtocolSetting plain(String name, String description, String defaultValue) {
    return new ProtocolSetting(name, description, defaultValue, false, null);
  }

  /** A secret the protocol cannot be served without. */
  public static ProtocolSetting secret(
      String name, String description, Supplier<String> developmentValue) {
    return new ProtocolSetting(name, description, null, true, developmentValue);
  }
}
