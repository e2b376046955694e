package dev.walletgate.bootstrap.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One setting of the service as its three sources name it: the property {@code kyren.base.path},
 * the environment variable {@code WALLETGATE_KYREN_BASE_PATH} and the flag {@code
 * --kyren-base-path}.
 *
 * @param defaultValue the value when none is configured, or null
 * @param secret never printed or logged
 */
public record SettingKey(String property, String description, String defaultValue, boolean secret) {
  public SettingKey {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(description, "description");
  }

  public String environmentVariable() {
    return "WALLETGATE_" + property.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  public String flag() {
    return "--" + property.replace('.', '-');
  }
}
