package dev.walletgate.bootstrap.config;

import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.ProviderProtocol;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.observe.LogFormat;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.CurrencyRegistry;
import dev.walletgate.domain.money.MoneyPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The standalone service's configuration, checked and typed. Without any configured secret it is in
 * development mode: every secret comes from {@link DevSecrets} and may be printed. Otherwise the
 * operator key must be configured, and a protocol is served only when all its secrets are; none is
 * ever printed.
 *
 * @param protocols the provider protocols to serve, each with its settings
 * @param developmentSecrets in development mode, each generated secret by its property; else empty
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
    Duration readTimeout,
    Duration idleTimeout,
    int maxConnections,
    List<ServedProtocol> protocols,
    String operatorKey,
    Duration sessionIdleTimeout,
    Duration requestRetention,
    CurrencyRegistry currencies,
    BigDecimal maxAmount,
    boolean developmentMode,
    Map<String, String> developmentSecrets,
    LogFormat logFormat,
    BetLimits betLimits) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public ServiceConfig {
    protocols = List.copyOf(protocols);
    developmentSecrets = Map.copyOf(developmentSecrets);
  }

  /** A protocol the service serves, with its configured values. */
  public record ServedProtocol(ProviderProtocol protocol, ProtocolConfig config) {}

  /**
   * The built-in bet guard's settings (G4-G7).
   *
   * @param enabled whether bets are held to the players' limits
   * @param zone where a day of the daily loss limit begins and ends
   * @param cooloff how long a raised or removed limit waits before it takes effect
   */
  public record BetLimits(boolean enabled, ZoneId zone, Duration cooloff) {}

  /** Builds the configuration from its sources; throws {@link ConfigException} when unusable. */
  public static ServiceConfig from(ConfigSources sources) {
    Path dataDir = Path.of(text(sources, Setting.DATA_DIR));
    ProtocolRegistry registry = sources.registry();
    Map<String, Supplier<String>> secrets = secretGenerators(registry);
    boolean development =
        secrets.keySet().stream()
            .noneMatch(property -> sources.isConfigured(key(registry, property)));
    if (!development) {
      return from(sources, dataDir, false, Map.of());
    }
    // Every other setting is checked before the secrets are written: a bad value stores nothing.
    Map<String, String> unsaved = new LinkedHashMap<>();
    secrets.forEach((property, generator) -> unsaved.put(property, generator.get()));
    from(sources, dataDir, true, unsaved);
    return from(sources, dataDir, true, DevSecrets.loadOrCreate(dataDir, secrets));
  }

  private static ServiceConfig from(
      ConfigSources sources, Path dataDir, boolean development, Map<String, String> generated) {
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
                        // QUERY_CACHE_SIZE=64: H2 keeps 8 parsed statements per connection by
                        // default and parses any other again on each use; the callbacks use
                        // about twenty.
                        + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=5000;AUTO_SERVER=TRUE"
                        + ";QUERY_CACHE_SIZE=64");
    int bodyLimit = parse(sources, Setting.BODY_LIMIT, v -> positive(Integer.parseInt(v)));
    return new ServiceConfig(
        text(sources, Setting.HOST),
        parse(sources, Setting.PORT, ServiceConfig::port),
        dataDir,
        dbUrl,
        sources.get(Setting.DB_USER).orElse(dbUrl.startsWith("jdbc:h2:") ? "sa" : null),
        sources.get(Setting.DB_PASSWORD).orElse(dbUrl.startsWith("jdbc:h2:") ? "" : null),
        parse(sources, Setting.PERSISTENCE, Persistence::parse),
        parse(sources, Setting.POOL_SIZE, v -> positive(Integer.parseInt(v))),
        bodyLimit,
        parse(sources, Setting.READ_TIMEOUT, ServiceConfig::duration),
        parse(sources, Setting.IDLE_TIMEOUT, ServiceConfig::duration),
        parse(sources, Setting.MAX_CONNECTIONS, v -> positive(Integer.parseInt(v))),
        served(sources, generated, bodyLimit),
        development
            ? generated.get(Setting.OPERATOR_KEY.property())
            : text(sources, Setting.OPERATOR_KEY),
        parse(sources, Setting.SESSION_IDLE_TIMEOUT, ServiceConfig::duration),
        parse(sources, Setting.REQUEST_RETENTION, ServiceConfig::duration),
        parse(sources, Setting.CURRENCIES, ServiceConfig::currencies),
        parse(sources, Setting.MAX_AMOUNT, v -> positive(new BigDecimal(v))),
        development,
        generated,
        parse(sources, Setting.LOG_FORMAT, LogFormat::parse),
        new BetLimits(
            parse(sources, Setting.BET_LIMITS, ServiceConfig::onOff),
            parse(sources, Setting.BET_LIMITS_ZONE, ZoneId::of),
            parse(sources, Setting.BET_LIMITS_COOLOFF, ServiceConfig::notNegative)));
  }

  /** Every secret of the service and its protocols, with a generator for development mode. */
  private static Map<String, Supplier<String>> secretGenerators(ProtocolRegistry registry) {
    Map<String, Supplier<String>> generators = new LinkedHashMap<>();
    for (ProviderProtocol protocol : registry.protocols()) {
      for (ProtocolSetting setting : protocol.settings()) {
        if (setting.secret()) {
          generators.put(
              ProtocolRegistry.keyOf(protocol, setting).property(), setting.developmentValue());
        }
      }
    }
    generators.put(Setting.OPERATOR_KEY.property(), () -> randomHex(24));
    return generators;
  }

  private static SettingKey key(ProtocolRegistry registry, String property) {
    return registry.settingKeys().stream()
        .filter(k -> k.property().equals(property))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The protocols to serve: those the {@code protocols} setting names, else each one with a secret
   * configured (every one in development mode). A protocol to serve must have all its secrets.
   */
  private static List<ServedProtocol> served(
      ConfigSources sources, Map<String, String> generated, int bodyLimit) {
    ProtocolRegistry registry = sources.registry();
    Set<String> named = parse(sources, Setting.PROTOCOLS, ServiceConfig::list);
    for (String name : named) {
      if (registry.find(name).isEmpty()) {
        throw new ConfigException(
            "protocols names '"
                + name
                + "', which is not on the class path (known: "
                + registry.protocols().stream().map(ProviderProtocol::name).toList()
                + ")");
      }
    }
    List<ServedProtocol> served = new ArrayList<>();
    for (ProviderProtocol protocol : registry.protocols()) {
      Map<String, String> values = new HashMap<>();
      boolean anySecret = false;
      for (ProtocolSetting setting : protocol.settings()) {
        SettingKey key = ProtocolRegistry.keyOf(protocol, setting);
        Optional<String> value =
            Optional.ofNullable(generated.get(key.property())).or(() -> sources.get(key));
        value.filter(v -> !v.isBlank()).ifPresent(v -> values.put(setting.name(), v));
        anySecret |= setting.secret() && values.containsKey(setting.name());
      }
      boolean wanted = named.isEmpty() ? anySecret : named.contains(protocol.name());
      if (!wanted) {
        continue;
      }
      for (ProtocolSetting setting : protocol.settings()) {
        if (setting.secret() && !values.containsKey(setting.name())) {
          SettingKey key = ProtocolRegistry.keyOf(protocol, setting);
          throw new ConfigException(
              key.property()
                  + " is required to serve "
                  + protocol.name()
                  + " ("
                  + key.environmentVariable()
                  + ")");
        }
      }
      served.add(
          new ServedProtocol(protocol, new ProtocolConfig(protocol.name(), values, bodyLimit)));
    }
    if (served.isEmpty()) {
      throw new ConfigException(
          "no provider protocol is configured: set the secrets of at least one of "
              + registry.protocols().stream().map(ProviderProtocol::name).toList());
    }
    return served;
  }

  /** A protocol's configured value, e.g. {@code setting("kyren", "base.path")}. */
  public Optional<String> protocolSetting(String protocol, String name) {
    return protocols.stream()
        .filter(p -> p.protocol().name().equals(protocol))
        .findFirst()
        .flatMap(p -> p.config().get(name));
  }

  /** The settings the services read; with bet limits on, the built-in guard holds every bet. */
  public WalletSettings walletSettings() {
    return WalletSettings.defaults()
        .withMoney(new MoneyPolicy(currencies, maxAmount))
        .withSessionIdleTimeout(sessionIdleTimeout)
        .withRequestRetention(requestRetention)
        .withBetGuard(betLimits.enabled() ? new PlayerLimitGuard(betLimits.zone()) : BetGuard.NONE)
        .withBetLimitCoolingOff(betLimits.cooloff());
  }

  private static String text(ConfigSources sources, Setting setting) {
    String value = sources.get(setting).orElse("");
    if (value.isBlank()) {
      throw new ConfigException(
          setting.property() + " is required (" + setting.key().environmentVariable() + ")");
    }
    return value;
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
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

  private static boolean onOff(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new IllegalArgumentException("expected on or off");
    };
  }

  private static Duration notNegative(String value) {
    Duration d = Duration.parse(value);
    if (d.isNegative()) {
      throw new IllegalArgumentException("must not be negative");
    }
    return d;
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
      registry =
          registry.with(new CurrencyCode(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }
    return registry;
  }

  /**
   * The database URL without its parameters (which may hold {@code password=}) and with the
   * password of a {@code user:password@host} part masked: safe to print.
   */
  public String redactedDbUrl() {
    int cut = dbUrl.length();
    for (char c : new char[] {'?', ';'}) {
      int at = dbUrl.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return maskUserInfoPassword(dbUrl.substring(0, cut));
  }

  /**
   * Masks everything from the first ':' of the user part to the last '@': a password holding an
   * unencoded '@' or '/' is masked whole, at worst with a little more than the password.
   */
  private static String maskUserInfoPassword(String url) {
    int authority = url.indexOf("//");
    int at = url.lastIndexOf('@');
    if (authority < 0 || at < authority) {
      return url;
    }
    int colon = url.indexOf(':', authority + 2);
    if (colon < 0 || colon > at) {
      return url;
    }
    return url.substring(0, colon + 1) + "***" + url.substring(at);
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
        + ", protocols="
        + protocols.stream().map(p -> p.protocol().name()).toList()
        + ", developmentMode="
        + developmentMode
        + ", betLimits="
        + betLimits
        + ", secrets redacted]";
  }
}
