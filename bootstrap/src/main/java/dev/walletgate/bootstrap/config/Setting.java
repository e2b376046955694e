package dev.walletgate.bootstrap.config;

import java.util.Locale;

/**
 * Every setting of the standalone service, with its property name; the environment variable is
 * {@code WALLETGATE_} plus the name upper-cased with dots as underscores, the flag is {@code --}
 * plus the name with dots as dashes.
 */
public enum Setting {
  HOST("host", "listen address", "127.0.0.1"),
  PORT("port", "listen port", "8080"),
  DATA_DIR(
      "data.dir", "folder of the embedded H2 database and development secrets", "walletgate-data"),
  DB_URL("db.url", "JDBC URL: jdbc:h2:file:..., jdbc:h2:mem:..., jdbc:postgresql://...", null),
  DB_USER("db.user", "database user", null),
  DB_PASSWORD("db.password", "database password (secret)", null),
  PERSISTENCE("persistence", "storage adapter: jdbi or jpa", "jdbi"),
  POOL_SIZE("pool.size", "database connections", "10"),
  BODY_LIMIT("body.limit", "largest callback body in bytes", "65536"),
  KYREN_BASE_PATH(
      "kyren.base.path", "Kyren's secret base path, e.g. /kyren/3f9c.../v1 (secret)", null),
  KYREN_ALLOWED_ADDRESSES(
      "kyren.allowed.addresses",
      "comma-separated source addresses Kyren may call from (empty: any)",
      ""),
  LUCKYMONACO_BASE_PATH("luckymonaco.base.path", "LuckyMonaco's base path", "/luckymonaco"),
  LUCKYMONACO_TOKEN("luckymonaco.token", "LuckyMonaco's authToken (secret)", null),
  OPERATOR_KEY("operator.key", "bearer key of the operator API (secret)", null),
  SESSION_IDLE_TIMEOUT("session.idle.timeout", "ISO-8601 duration a session may idle", "PT30M"),
  REQUEST_RETENTION("request.retention", "ISO-8601 duration request records are kept", "P30D"),
  CURRENCIES("currencies", "added currencies with their scale, e.g. USDT:6,XBT:8", ""),
  MAX_AMOUNT("max.amount", "largest single amount", "1000000000000");

  private final String property;
  private final String description;
  private final String defaultValue;

  Setting(String property, String description, String defaultValue) {
    this.property = property;
    this.description = description;
    this.defaultValue = defaultValue;
  }

  public String property() {
    return property;
  }

  public String description() {
    return description;
  }

  /** The default, or null when the setting has none. */
  public String defaultValue() {
    return defaultValue;
  }

  public String environmentVariable() {
    return "WALLETGATE_" + property.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  public String flag() {
    return "--" + property.replace('.', '-');
  }

  /** True for settings that are never printed or logged. */
  public boolean isSecret() {
    return this == DB_PASSWORD
        || this == KYREN_BASE_PATH
        || this == LUCKYMONACO_TOKEN
        || this == OPERATOR_KEY;
  }
}
