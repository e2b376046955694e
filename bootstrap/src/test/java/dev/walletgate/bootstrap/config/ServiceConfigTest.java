package dev.walletgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.domain.money.CurrencyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {
  @TempDir Path dir;

  private ServiceConfig config(Map<String, String> env, String... args) {
    return ServiceConfig.from(ConfigSources.read(args, env));
  }

  private String[] withDataDir(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }

  @Test
  void givenNothingConfigured_developmentMode_generatesSecretsAndKeepsThemAcrossRestarts() {
    ServiceConfig first = config(Map.of(), withDataDir());
    ServiceConfig second = config(Map.of(), withDataDir());

    assertThat(first.developmentMode()).isTrue();
    assertThat(first.protocolSetting("kyren", "base.path").orElseThrow())
        .matches("/kyren/[0-9a-f]{32}/v1");
    assertThat(first.protocolSetting("luckymonaco", "token").orElseThrow()).hasSize(48);
    assertThat(first.operatorKey())
        .hasSize(48)
        .isNotEqualTo(first.protocolSetting("luckymonaco", "token").orElseThrow());
    assertThat(second.protocolSetting("kyren", "base.path").orElseThrow())
        .isEqualTo(first.protocolSetting("kyren", "base.path").orElseThrow());
    assertThat(second.operatorKey()).isEqualTo(first.operatorKey());
    assertThat(Files.exists(dir.resolve(DevSecrets.FILE))).isTrue();
  }

  @Test
  void givenDevelopmentModeAndABadValue_theErrorNamesIt_andNoSecretIsWritten() {
    Path dataDir = dir.resolve("never-created");

    assertThatThrownBy(
            () -> config(Map.of(), "--data-dir", dataDir.toString(), "--port", "not-a-port"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not-a-port");
    assertThat(dataDir).doesNotExist();
  }

  @Test
  void givenNoConfiguration_theDefaultsAreTheEmbeddedH2FileDatabaseOnLocalhost8080WithJdbi() {
    ServiceConfig config = config(Map.of(), withDataDir());

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.persistence()).isEqualTo(Persistence.JDBI);
    assertThat(config.dbUrl())
        .startsWith("jdbc:h2:file:" + dir.toAbsolutePath())
        .contains(";WRITE_DELAY=0")
        .contains(";RETENTION_TIME=5000")
        .contains(";AUTO_SERVER=TRUE")
        .contains(";QUERY_CACHE_SIZE=64");
    assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.requestRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(config.bodyLimit()).isEqualTo(65536);
  }

  @Test
  void givenAFileEnvironmentAndFlags_flagsOverrideEnvironmentWhichOverridesTheFile()
      throws IOException {
    Path file = dir.resolve("walletgate.properties");
    Files.writeString(
        file,
        "port=9000\nhost=0.0.0.0\npersistence=jpa\nkyren.base.path=/kyren/secret/v1\n"
            + "luckymonaco.token=tok\noperator.key=key\ncurrencies=USDT:6, XBT:8\n");
    Map<String, String> env = Map.of("WALLETGATE_PORT", "9100", "WALLETGATE_POOL_SIZE", "4");

    ServiceConfig config =
        config(env, "--config", file.toString(), "--port", "9200", "--data-dir", dir.toString());

    assertThat(config.port()).isEqualTo(9200);
    assertThat(config.poolSize()).isEqualTo(4);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.persistence()).isEqualTo(Persistence.JPA);
    assertThat(config.developmentMode()).isFalse();
    assertThat(config.currencies().require(new CurrencyCode("USDT")).scale()).isEqualTo(6);
    assertThat(config.currencies().require(new CurrencyCode("XBT")).scale()).isEqualTo(8);
    assertThat(Files.exists(dir.resolve(DevSecrets.FILE))).isFalse();
  }

  @Test
  void givenTheRequiredEnvironmentVariables_everyOneIsRead() {
    Map<String, String> env =
        Map.of(
            "WALLETGATE_HOST", "127.0.0.2",
            "WALLETGATE_PORT", "0",
            "WALLETGATE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?password=hunter2",
            "WALLETGATE_DB_USER", "postgres",
            "WALLETGATE_DB_PASSWORD", "pw",
            "WALLETGATE_PERSISTENCE", "JPA",
            "WALLETGATE_KYREN_BASE_PATH", "/kyren/s/v1",
            "WALLETGATE_LUCKYMONACO_TOKEN", "t",
            "WALLETGATE_OPERATOR_KEY", "k");

    ServiceConfig config = config(env, withDataDir());

    assertThat(config.host()).isEqualTo("127.0.0.2");
    assertThat(config.port()).isZero();
    assertThat(config.dbUser()).isEqualTo("postgres");
    assertThat(config.dbPassword()).isEqualTo("pw");
    assertThat(config.persistence()).isEqualTo(Persistence.JPA);
    assertThat(config.protocolSetting("kyren", "base.path").orElseThrow()).isEqualTo("/kyren/s/v1");
    assertThat(config.protocolSetting("luckymonaco", "token").orElseThrow()).isEqualTo("t");
    assertThat(config.operatorKey()).isEqualTo("k");
    assertThat(config.toString()).doesNotContain("hunter2", "pw", "/kyren/s/v1", "=t", "=k");
  }

  @Test
  void givenOnlyTheOperatorKey_startingIsRefused_forWantOfAProtocolSecret() {
    assertThatThrownBy(() -> config(Map.of("WALLETGATE_OPERATOR_KEY", "k"), withDataDir()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no provider protocol is configured");
  }

  @Test
  void givenOneProtocolsSecret_onlyThatProtocolIsServed() {
    ServiceConfig config =
        config(
            Map.of("WALLETGATE_OPERATOR_KEY", "k", "WALLETGATE_KYREN_BASE_PATH", "/kyren/s/v1"),
            withDataDir());

    assertThat(config.protocols()).extracting(p -> p.protocol().name()).containsExactly("kyren");
    assertThat(config.protocolSetting("luckymonaco", "token")).isEmpty();
  }

  @Test
  void givenAProtocolAskedForWithoutItsSecret_startingIsRefused_namingTheSetting() {
    Map<String, String> env =
        Map.of(
            "WALLETGATE_OPERATOR_KEY", "k",
            "WALLETGATE_KYREN_BASE_PATH", "/kyren/s/v1",
            "WALLETGATE_PROTOCOLS", "kyren,luckymonaco");

    assertThatThrownBy(() -> config(env, withDataDir()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("luckymonaco.token")
        .hasMessageContaining("WALLETGATE_LUCKYMONACO_TOKEN");
    assertThatThrownBy(() -> config(env, withDataDir("--protocols", "kyren,betfair")))
        .hasMessageContaining("betfair");
  }

  @Test
  void givenASecretButNoOperatorKey_startingIsRefused_namingTheSetting() {
    assertThatThrownBy(
            () -> config(Map.of("WALLETGATE_KYREN_BASE_PATH", "/kyren/s/v1"), withDataDir()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("operator.key");
  }

  @Test
  void givenDevelopmentMode_theSecretsFileIsReadableByItsOwnerOnly() throws IOException {
    config(Map.of(), withDataDir());

    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(DevSecrets.FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void givenInvalidValues_theErrorNamesTheSettingButNeverShowsASecret() {
    assertThatThrownBy(() -> config(Map.of(), withDataDir("--port", "70000")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> config(Map.of(), withDataDir("--persistence", "mongo")))
        .hasMessageContaining("persistence");
    assertThatThrownBy(() -> config(Map.of(), withDataDir("--session-idle-timeout", "10m")))
        .hasMessageContaining("session.idle.timeout");
    assertThatThrownBy(() -> config(Map.of(), withDataDir("--currencies", "USDT")))
        .hasMessageContaining("currencies");
    assertThatThrownBy(() -> config(Map.of(), withDataDir("--port")))
        .hasMessageContaining("needs a value");
  }

  @Test
  void givenNoBetLimitSetting_betsAreNotGuarded_andARaiseWaitsADay() {
    ServiceConfig config = config(Map.of(), withDataDir());

    assertThat(config.betLimits().enabled()).isFalse();
    assertThat(config.walletSettings().betGuard()).isSameAs(BetGuard.NONE);
    assertThat(config.walletSettings().betLimitCoolingOff()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void givenBetLimitsOn_theBuiltInGuardHoldsBets_inTheConfiguredZoneAndCooloff() {
    ServiceConfig config =
        config(
            Map.of(
                "WALLETGATE_BET_LIMITS", "on",
                "WALLETGATE_BET_LIMITS_ZONE", "Europe/Malta",
                "WALLETGATE_BET_LIMITS_COOLOFF", "PT72H"),
            withDataDir());

    assertThat(config.walletSettings().betGuard())
        .isInstanceOfSatisfying(
            PlayerLimitGuard.class,
            guard -> assertThat(guard.dayZone()).isEqualTo(ZoneId.of("Europe/Malta")));
    assertThat(config.walletSettings().betLimitCoolingOff()).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void givenBadBetLimitSettings_theErrorNamesTheSetting() {
    for (String[] bad :
        new String[][] {
          {"--bet-limits", "yes"},
          {"--bet-limits-zone", "Mars/Olympus"},
          {"--bet-limits-cooloff", "-PT1H"},
          {"--bet-limits-cooloff", "a day"}
        }) {
      assertThatThrownBy(() -> config(Map.of(), withDataDir(bad)))
          .as(bad[0] + " " + bad[1])
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(bad[0].substring(2).replace('-', '.'));
    }
  }

  @Test
  void givenAnUnknownSettingInTheFile_itIsNamed() throws IOException {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "prot=8080\n");

    assertThatThrownBy(() -> config(Map.of(), withDataDir("--config", file.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("prot");
  }

  @Test
  void givenACommandAndItsOptions_theyAreLeftForTheCommandLine() {
    ConfigSources sources =
        ConfigSources.read(
            new String[] {"reconcile", "--port", "1", "--open-older-than", "PT5M", "--json"},
            Map.of());

    assertThat(sources.remaining())
        .containsExactly("reconcile", "--open-older-than", "PT5M", "--json");
    assertThat(sources.get(Setting.PORT)).contains("1");
  }

  @Test
  void givenParsedFlags_of_letsThemOverrideTheEnvironmentWhichOverridesTheFile()
      throws IOException {
    Path file = dir.resolve("walletgate.properties");
    Files.writeString(file, "port=9000\nhost=0.0.0.0\npool.size=2\n");
    ProtocolRegistry registry = ProtocolRegistry.discover();

    ConfigSources sources =
        ConfigSources.of(
            Optional.of(file),
            Map.of(Setting.PORT.key(), "9200"),
            Map.of("WALLETGATE_PORT", "9100", "WALLETGATE_POOL_SIZE", "4"),
            registry);

    assertThat(sources.get(Setting.PORT)).contains("9200");
    assertThat(sources.get(Setting.POOL_SIZE)).contains("4");
    assertThat(sources.get(Setting.HOST)).contains("0.0.0.0");
    assertThat(sources.get(Setting.LOG_FORMAT)).contains("plain");
  }

  @Test
  void redactedDbUrl_masksThePasswordInTheUserPart_andDropsTheParametersThatMayHoldOne() {
    assertThat(
            configured("jdbc:postgresql://db:5432/wallet?user=w&password=s3cret").redactedDbUrl())
        .isEqualTo("jdbc:postgresql://db:5432/wallet");
    assertThat(configured("jdbc:postgresql://w:s3cret@db:5432/wallet").redactedDbUrl())
        .isEqualTo("jdbc:postgresql://w:***@db:5432/wallet");
    assertThat(configured("jdbc:postgresql://w:s3@c/ret@db/wallet?ssl=true").redactedDbUrl())
        .isEqualTo("jdbc:postgresql://w:***@db/wallet");
    assertThat(configured("jdbc:postgresql://w@db/wallet").redactedDbUrl())
        .isEqualTo("jdbc:postgresql://w@db/wallet");
    assertThat(configured("jdbc:h2:mem:wallet;PASSWORD=s3cret").redactedDbUrl())
        .isEqualTo("jdbc:h2:mem:wallet");
  }

  /** A configuration out of development mode, so that nothing is written beside the database. */
  private ServiceConfig configured(String dbUrl) {
    return config(
        Map.of(),
        withDataDir(
            "--db-url",
            dbUrl,
            "--kyren-base-path",
            "/kyren/k/v1",
            "--luckymonaco-token",
            "t",
            "--operator-key",
            "k"));
  }
}
