package dev.walletgate.bootstrap.config;

/**
 * The standalone service's own settings; each provider protocol declares its own beside them (see
 * {@link ProtocolRegistry}).
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
  READ_TIMEOUT(
      "read.timeout",
      "ISO-8601 duration a request's body may take to arrive; then the protocol's retry answer",
      "PT5S"),
  IDLE_TIMEOUT(
      "idle.timeout", "ISO-8601 duration an idle kept-alive connection stays open", "PT30S"),
  MAX_CONNECTIONS("max.connections", "connections open at once; more wait to be accepted", "4096"),
  PROTOCOLS(
      "protocols",
      "provider protocols to serve, comma-separated (empty: each one whose secrets are set)",
      ""),
  OPERATOR_KEY("operator.key", "bearer key of the operator API (secret)", null),
  SESSION_IDLE_TIMEOUT("session.idle.timeout", "ISO-8601 duration a session may idle", "PT30M"),
  REQUEST_RETENTION("request.retention", "ISO-8601 duration request records are kept", "P30D"),
  CURRENCIES("currencies", "added currencies with their scale, e.g. USDT:6,XBT:8", ""),
  MAX_AMOUNT("max.amount", "largest single amount", "1000000000000"),
  BET_LIMITS(
      "bet.limits",
      "hold bets to each player's stake and daily loss limits (the built-in bet guard): on or off",
      "off"),
  BET_LIMITS_ZONE(
      "bet.limits.zone", "time zone whose midnight starts a day of the daily loss limit", "UTC"),
  BET_LIMITS_COOLOFF(
      "bet.limits.cooloff",
      "ISO-8601 duration a raised or removed bet limit waits before it takes effect",
      "PT24H"),
  LOG_FORMAT(
      "log.format", "log lines as plain text or one JSON object per line: plain or json", "plain");

  private final String property;
  private final String description;
  private final String defaultValue;

  Setting(String property, String description, String defaultValue) {
    this.property = property;
    this.description = description;
    this.defaultValue = defaultValue;
  }

  /** The setting as its three sources name it. */
  public SettingKey key() {
    return new SettingKey(property, description, defaultValue, isSecret());
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

  /** True for settings that are never printed or logged. */
  public boolean isSecret() {
    return this == DB_PASSWORD || this == OPERATOR_KEY;
  }
}
