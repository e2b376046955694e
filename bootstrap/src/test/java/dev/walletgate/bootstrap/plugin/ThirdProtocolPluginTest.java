package dev.walletgate.bootstrap.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigException;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ProtocolRegistry;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.config.SettingKey;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A protocol that exists only in test sources is found on the class path, configured through the
 * service's own settings, and served over a socket by the real service, with no change to the
 * service's code.
 */
class ThirdProtocolPluginTest {
  private static final String KEY = "signed-test-key-5d1f";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private ServiceConfig config(String... extra) {
    String[] base = {
      "--port",
      "0",
      "--data-dir",
      dir.toString(),
      "--db-url",
      "jdbc:h2:mem:plugin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
      "--operator-key",
      "operator-key-1"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return ServiceConfig.from(ConfigSources.read(args, Map.of()));
  }

  @Test
  void givenItsKey_theSignedProtocolIsServed_aBetAndItsCancelMoveMoneyOnce() throws Exception {
    try (WalletgateService service = WalletgateService.start(config("--signed-key", KEY))) {
      WalletServices wallet = service.walletgate().services();
      PlayerId player = new PlayerId("p-1");
      wallet.accounts().createAccount(new CreateAccountCommand(player, new CurrencyCode("USD")));
      wallet
          .accounts()
          .deposit(
              new TransferCommand(player, new CurrencyCode("USD"), new BigDecimal("100"), "d-1"));
      wallet
          .platformSessions()
          .openSession(
              new OpenSessionCommand(
                  player, new CurrencyCode("USD"), Optional.of(new SessionId("s-1"))));
      String bet =
          "{\"requestId\":\"r-1\",\"player\":\"p-1\",\"session\":\"s-1\",\"round\":\"round-1\","
              + "\"key\":\"bet-1\",\"amount\":\"10.00\",\"currency\":\"USD\"}";
      String cancel = "{\"requestId\":\"r-2\",\"player\":\"p-1\",\"key\":\"bet-1\"}";

      HttpResponse<String> forged = post(service, "/signed/bet", bet, "00" + sign(bet));
      HttpResponse<String> booked = post(service, "/signed/bet", bet, sign(bet));
      HttpResponse<String> cancelled = post(service, "/signed/cancel", cancel, sign(cancel));
      HttpResponse<String> again = post(service, "/signed/cancel", cancel, sign(cancel));

      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(booked.statusCode()).isEqualTo(200);
      assertThat(booked.body()).contains("\"status\":\"OK\"", "\"balance\":\"90.00\"");
      assertThat(cancelled.body()).contains("\"status\":\"OK\"", "\"balance\":\"100.00\"");
      assertThat(again.body()).contains("\"status\":\"OK\"", "\"balance\":\"100.00\"");
      assertThat(
              wallet.queries().getAccount(player, new CurrencyCode("USD")).orElseThrow().balance())
          .isEqualByComparingTo("100.00");
      assertThat(wallet.queries().recentEntries(player, new CurrencyCode("USD"), 10)).hasSize(3);
    }
  }

  @Test
  void givenOnlyItsKey_noOtherProtocolIsServed() throws Exception {
    try (WalletgateService service = WalletgateService.start(config("--signed-key", KEY))) {
      String body = "{}";

      assertThat(post(service, "/kyren/v1/Bet", body, "").statusCode()).isEqualTo(404);
      assertThat(post(service, "/luckymonaco/bet?authToken=x", body, "").statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void itsSettingsAreTheServicesOwn_andAskingForItWithoutItsKeyNamesTheSetting() {
    assertThat(ProtocolRegistry.discover().settingKeys())
        .extracting(SettingKey::property, SettingKey::environmentVariable, SettingKey::secret)
        .contains(org.assertj.core.groups.Tuple.tuple("signed.key", "WALLETGATE_SIGNED_KEY", true));

    assertThatThrownBy(() -> config("--protocols", "signed", "--kyren-base-path", "/kyren/x1/v1"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("signed.key");
  }

  private static String sign(String body) {
    return SignedEndpoint.sign(KEY, body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(
      WalletgateService service, String path, String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service.baseUri() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!signature.isEmpty()) {
      request.header("X-Signature", signature);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
