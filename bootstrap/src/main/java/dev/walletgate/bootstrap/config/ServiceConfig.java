package dev.walletgate.bootstrap.config;

import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.domain.money.CurrencyRegistry;
import dev.walletgate.domain.money.MoneyPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standalone service's configuration, checked and typed. Without any configured secret it is in
 * development mode: the secrets come from {@link DevSecrets} and may be printed; otherwise all
 * three secrets must be configured and are never printed.
 */
public record ServiceConfig(
    String host,
    int port,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Persistence persistence,
    int poolSize,
    int bodyLimit,
    String kyrenBasePath,
    Set<String> kyrenAllowedAddresses,
    String luckyMonacoBasePath,
    String luckyMonacoToken,
    String operatorKey,
    Duration sessionIdleTimeout,
    Duration requestRetention,
    CurrencyRegistry currencies,
    BigDecimal maxAmount,
    boolean developmentMode) {

  private static final Setting[] SECRETS = {
    Setting.KYREN_BASE_PATH, Setting.LUCKYMONACO_TOKEN, Setting.OPERATOR_KEY
  };

  /** Builds the configuration from its sources; throws {@link ConfigException} when unusable. */
  public static ServiceConfig from(ConfigSources sources) {
    Path dataDir = Path.of(text(sources, Setting.DATA_DIR));
    long configuredSecrets = Arrays.stream(SECRETS).filter(sources::isConfigured).count();
    boolean development = configuredSecrets == 0;
    if (!development && configuredSecrets < SECRETS.length) {
      throw new ConfigException(
          "configure all of kyren.base.path, luckymonaco.token and operator.key, or none of them"
              + " (development mode)");
    }
    DevSecrets dev = development ? DevSecrets.loadOrCreate(dataDir) : null;
    String dbUrl =
        sources
            .get(Setting.DB_URL)
            .orElseGet(
                () ->
                    "jdbc:h2:file:"
                        + dataDir.toAbsolutePath().resolve("walletgate")
                        // WRITE_DELAY=0: a commit is written before it is answered, so a
                        // crash cannot lose a movement the provider was told about.
                        // RETENTION_TIME=5000: freed chunks are reused after 5 s instead of
                        // 45 s (each commit writes a chunk); the service syncs the file every
                        // second (H2Housekeeping), so a reused chunk's successors are on disk.
                        // AUTO_SERVER: the commands work beside a running service.
                        + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=5000;AUTO_SERVER=TRUE");
    return new ServiceConfig(
        text(sources, Setting.HOST),
        parse(sources, Setting.PORT, ServiceConfig::port),
        dataDir,
        dbUrl,
        sources.get(Setting.DB_USER).orElse(dbUrl.startsWith("jdbc:h2:") ? "sa" : null),
        sources.get(Setting.DB_PASSWORD).orElse(dbUrl.startsWith("jdbc:h2:") ? "" : null),
        parse(sources, Setting.PERSISTENCE, Persistence::parse),
        parse(sources, Setting.POOL_SIZE, v -> positive(Integer.parseInt(v))),
        parse(sources, Setting.BODY_LIMIT, v -> positive(Integer.parseInt(v))),
        development ? dev.kyrenBasePath() : text(sources, Setting.KYREN_BASE_PATH),
        parse(sources, Setting.KYREN_ALLOWED_ADDRESSES, ServiceConfig::list),
        text(sources, Setting.LUCKYMONACO_BASE_PATH),
        development ? dev.luckyMonacoToken() : text(sources, Setting.LUCKYMONACO_TOKEN),
        development ? dev.operatorKey() : text(sources, Setting.OPERATOR_KEY),
        parse(sources, Setting.SESSION_IDLE_TIMEOUT, ServiceConfig::duration),
        parse(sources, Setting.REQUEST_RETENTION, ServiceConfig::duration),
        parse(sources, Setting.CURRENCIES, ServiceConfig::currencies),
        parse(sources, Setting.MAX_AMOUNT, v -> positive(new BigDecimal(v))),
        development);
  }

  /** The settings the services read. */
  public WalletSettings walletSettings() {
    return WalletSettings.defaults()
        .withMoney(new MoneyPolicy(currencies, maxAmount))
        .withSessionIdleTimeout(sessionIdleTimeout)
        .withRequestRetention(requestRetention);
  }

  private static String text(ConfigSources sources, Setting setting) {
    String value = sources.get(setting).orElse("");
    if (value.isBlank()) {
      throw new ConfigException(
          setting.property() + " is required (" + setting.environmentVariable() + ")");
    }
    return value;
  }

  private static <T> T parse(ConfigSources sources, Setting setting, Function<String, T> parser) {
    String value = sources.get(setting).orElse("");
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      String shown = setting.isSecret() ? "(secret)" : "'" + value + "'";
      throw new ConfigException(
          "invalid " + setting.property() + " " + shown + ": " + setting.description());
    }
  }

  private static int port(String value) {
    int port = Integer.parseInt(value);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range");
    }
    return port;
  }

  private static int positive(int number) {
    if (number <= 0) {
      throw new IllegalArgumentException("must be positive");
    }
    return number;
  }

  private static BigDecimal positive(BigDecimal number) {
    if (number.signum() <= 0) {
      throw new IllegalArgumentException("must be positive");
    }
    return number;
  }

  private static Duration duration(String value) {
    try {
      Duration d = Duration.parse(value);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("must be positive");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Set<String> list(String value) {
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static CurrencyRegistry currencies(String value) {
    CurrencyRegistry registry = CurrencyRegistry.iso4217();
    for (String item : list(value)) {
      String[] parts = item.split(":");
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected CODE:scale");
      }
      registry = registry.with(parts[0].trim(), Integer.parseInt(parts[1].trim()));
    }
    return registry;
  }

  /** The database URL without its parameters, which may hold credentials: safe to print. */
  public String redactedDbUrl() {
    int cut = dbUrl.length();
    for (char c : new char[] {'?', ';'}) {
      int at = dbUrl.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return dbUrl.substring(0, cut);
  }

  @Override
  public String toString() {
    return "ServiceConfig[host="
        + host
        + ", port="
        + port
        + ", dataDir="
        + dataDir
        + ", dbUrl="
        + redactedDbUrl()
        + ", persistence="
        + persistence
        + ", poolSize="
        + poolSize
        + ", developmentMode="
        + developmentMode
        + ", secrets redacted]";
  }
}
