package dev.walletgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.e2e.ServiceClient.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone service over a real socket, for one persistence adapter on one database: the
 * README walkthrough, every operator call and its errors, and a restart in the middle of a sequence
 * that keeps every balance and every replay.
 */
abstract class AbstractServiceEndToEndTest {
  @TempDir Path dataDir;
  private WalletgateService service;
  ServiceClient client;

  /** Settings flags for the database and adapter under test (e.g. --persistence jpa); once. */
  abstract List<String> storageFlags(Path dataDir);

  /** Releases what {@link #storageFlags} created; nothing by default. */
  void releaseStorage() {}

  private List<String> storage;

  @BeforeEach
  void start() throws Exception {
    storage = storageFlags(dataDir);
    service = WalletgateService.start(config());
    client = new ServiceClient(service.baseUri());
  }

  @AfterEach
  void stop() throws Exception {
    if (service != null) {
      service.close();
    }
    releaseStorage();
  }

  private ServiceConfig config() {
    List<String> args = new ArrayList<>(storage);
    args.addAll(
        List.of(
            "--port", "0",
            "--data-dir", dataDir.toString(),
            "--kyren-base-path", ServiceClient.KYREN_BASE,
            "--luckymonaco-token", ServiceClient.LUCKYMONACO_TOKEN,
            "--operator-key", ServiceClient.OPERATOR_KEY));
    return ServiceConfig.from(ConfigSources.read(args.toArray(String[]::new), Map.of()));
  }

  void restart() throws Exception {
    service.close();
    service = WalletgateService.start(config());
    client = new ServiceClient(service.baseUri());
  }

  // The requests of the walkthrough: the seed's Kyren Cancel among them.

  static final String BET =
      "{\"uuid\":\"9f1c0a77e4d34b0a9d2c3e4f5a6b7c8d\",\"userId\":\"123456\","
          + "\"gameId\":\"6_speed_baccarat1\",\"gameName\":\"SPEED BACCARAT1\","
          + "\"roundId\":\"round-1\",\"amount\":\"100.01\","
          + "\"reference\":\"585c1306f89c56f5ecfc2f5d\",\"sessionId\":\"session-1\","
          + "\"providerId\":\"Kyren\",\"currency\":\"USD\"}";
  static final String SEED_CANCEL =
      "{\"providerId\":\"Kyren\",\"userId\":\"123456\",\"currency\":\"USD\","
          + "\"gameId\":\"6_speed_baccarat1\",\"gameName\":\"SPEED BACCARAT1\","
          + "\"reference\":\"585c1306f89c56f5ecfc2f5d\",\"sessionId\":\"session-1\","
          + "\"roundId\":\"round-1\",\"uuid\":\"4a5d375ac1311b04fba2ea66d067b8e5\"}";
  static final String LM_CANCEL =
      "{\"sid\":\"session-1\",\"userid\":\"123456\",\"transaction\":{\"id\":\"lm-tx-1\"},"
          + "\"uuid\":\"c1a2b3c4-0001\"}";
  static final String LM_LATE_BET =
      "{\"sid\":\"session-1\",\"userid\":\"123456\",\"currency\":\"USD\","
          + "\"transaction\":{\"id\":\"lm-tx-1\",\"amount\":\"5.00\"},\"uuid\":\"c1a2b3c4-0002\"}";

  void fundedPlayerWithSession() {
    assertThat(client.operator("PUT", "/players/123456/accounts/USD", null).status())
        .isEqualTo(200);
    Reply deposit =
        client.operator(
            "POST",
            "/players/123456/accounts/USD/deposits",
            "{\"amount\":\"100000.00\",\"reference\":\"dep-1\"}");
    assertThat(deposit.text("balance")).isEqualTo("100000.00");
    Reply session =
        client.operator(
            "POST",
            "/sessions",
            "{\"playerId\":\"123456\",\"currency\":\"USD\",\"sessionId\":\"session-1\"}");
    assertThat(session.status()).isEqualTo(201);
    assertThat(session.text("sessionId")).isEqualTo("session-1");
    assertThat(session.text("expiresAt")).isNotBlank();
  }

  String balance() {
    return client.operator("GET", "/players/123456/accounts/USD", null).text("balance");
  }

  @Test
  void C1_C3_walkthrough_betThenTheSeedsCancel_restoresTheBalance_andALateBetIsRefused() {
    fundedPlayerWithSession();

    Reply bet = client.kyren("Bet", BET);
    Reply cancel = client.kyren("Cancel", SEED_CANCEL);
    Reply lmCancel = client.luckyMonaco("cancel", LM_CANCEL);
    Reply lateBet = client.luckyMonaco("bet", LM_LATE_BET);

    assertThat(bet.json().get("error").asInt()).isZero();
    assertThat(bet.text("cash")).isEqualTo("99899.99");
    assertThat(cancel.json().get("error").isNumber()).isTrue();
    assertThat(cancel.json().get("error").asInt()).isZero();
    assertThat(cancel.text("cash")).isEqualTo("100000.00");
    assertThat(cancel.text("transactionId")).isNotEqualTo(bet.text("transactionId"));
    assertThat(balance()).isEqualTo("100000.00");
    assertThat(lmCancel.text("status")).isEqualTo("OK");
    assertThat(lateBet.status()).isEqualTo(200);
    assertThat(lateBet.text("status")).isEqualTo("FINAL_ERROR_ACTION_FAILED");
    assertThat(balance()).isEqualTo("100000.00");
    Reply voided = client.operator("GET", "/bets/luckymonaco/lm-tx-1", null);
    assertThat(voided.text("state")).isEqualTo("VOIDED");
    Reply ledger = client.operator("GET", "/players/123456/ledger?currency=USD&limit=2", null);
    assertThat(ledger.json().get("entries")).hasSize(2);
    assertThat(ledger.json().get("entries").get(0).get("kind").asText()).isEqualTo("REFUND");
  }

  @Test
  void I2_aRestartInTheMiddleOfASequence_keepsEveryBalanceAndEveryReplay() throws Exception {
    fundedPlayerWithSession();
    Reply bet = client.kyren("Bet", BET);
    Reply lmCancel = client.luckyMonaco("cancel", LM_CANCEL);

    restart();

    assertThat(balance()).isEqualTo("99899.99");
    Reply replayedBet = client.kyren("Bet", BET);
    assertThat(replayedBet.json()).isEqualTo(bet.json());
    Reply replayedCancel = client.luckyMonaco("cancel", LM_CANCEL);
    assertThat(replayedCancel.text("status")).isEqualTo("OK");
    assertThat(replayedCancel.json().get("retransmission").asBoolean()).isTrue();
    assertThat(lmCancel.json().has("retransmission")).isFalse();
    Reply cancel = client.kyren("Cancel", SEED_CANCEL);
    assertThat(cancel.text("cash")).isEqualTo("100000.00");
    assertThat(balance()).isEqualTo("100000.00");
  }

  @Test
  void givenTheOperatorApi_everyCallAnswersAndItsErrorsAreProblems() {
    fundedPlayerWithSession();

    Reply withdrawal =
        client.operator(
            "POST",
            "/players/123456/accounts/USD/withdrawals",
            "{\"amount\":\"10.00\",\"reference\":\"wd-1\"}");
    assertThat(withdrawal.status()).isEqualTo(200);
    assertThat(withdrawal.text("balance")).isEqualTo("99990.00");
    assertThat(client.operator("PUT", "/players/123456/lock", null).status()).isEqualTo(204);
    assertThat(client.operator("GET", "/players/123456/accounts/USD", null).json().get("locked"))
        .hasToString("true");
    assertThat(client.operator("DELETE", "/players/123456/lock", null).status()).isEqualTo(204);
    assertThat(client.operator("DELETE", "/sessions/session-1", null).status()).isEqualTo(204);

    assertProblem(client.operatorWithKey("GET", "/players/123456/accounts/USD", null), 401);
    assertProblem(client.operatorWithKey("GET", "/players/123456/accounts/USD", "Bearer x"), 401);
    assertProblem(client.operator("GET", "/players/nobody/accounts/USD", null), 404);
    assertProblem(client.operator("DELETE", "/sessions/no-such-session", null), 404);
    assertProblem(client.operator("PUT", "/players/nobody/lock", null), 404);
    assertProblem(client.operator("GET", "/bets/kyren/no-such-bet", null), 404);
    assertProblem(client.operator("GET", "/no/such/resource", null), 404);
    assertProblem(
        client.operator(
            "POST",
            "/players/123456/accounts/USD/withdrawals",
            "{\"amount\":\"1000000.00\",\"reference\":\"wd-2\"}"),
        409);
    assertProblem(
        client.operator(
            "POST",
            "/players/123456/accounts/USD/deposits",
            "{\"amount\":\"5.00\",\"reference\":\"dep-1\"}"),
        409);
    assertProblem(
        client.operator(
            "POST",
            "/players/123456/accounts/USD/deposits",
            "{\"amount\":\"1.001\",\"reference\":\"dep-3\"}"),
        422);
    assertProblem(
        client.operator("POST", "/players/123456/accounts/USD/deposits", "{\"amount\":\"1\"}"),
        422);
    assertProblem(client.operator("PUT", "/players/123456/accounts/QQQ", null), 422);
    assertProblem(client.operator("POST", "/sessions", "{not json"), 400);
    assertThat(balance()).isEqualTo("99990.00");
  }

  @Test
  void givenAnIdWithPercentAndBackslash_theOperatorApiFindsItVerbatim() {
    String encoded = "pl%2525ay%5Cer"; // the player id pl%25ay\er, percent-encoded in the path
    assertThat(client.operator("PUT", "/players/" + encoded + "/accounts/USD", null).status())
        .isEqualTo(200);

    Reply account = client.operator("GET", "/players/" + encoded + "/accounts/USD", null);

    assertThat(account.status()).as(account.body()).isEqualTo(200);
    assertThat(account.text("playerId")).isEqualTo("pl%25ay\\er");
  }

  private static void assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    assertThat(reply.text("type")).isNotBlank();
    assertThat(reply.text("title")).isNotBlank();
    assertThat(reply.text("detail")).isNotBlank();
  }

  @Test
  void givenHealthAndMetrics_theyAnswerWithoutTheOperatorKey() {
    fundedPlayerWithSession();
    client.kyren("Bet", BET);

    Reply health = client.get("/health");
    Reply metrics = client.get("/metrics");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains(
            "walletgate_callbacks_total{call=\"Bet\",integration=\"kyren\",outcome=\"SUCCESS\"}")
        .contains("walletgate_callback_latency_seconds_bucket")
        .contains("hikaricp_connections")
        .doesNotContain(ServiceClient.OPERATOR_KEY, ServiceClient.LUCKYMONACO_TOKEN, "e2e-secret");
  }

  @Test
  void F3_aWrongKyrenPathOrLuckyMonacoToken_touchesNothing() {
    fundedPlayerWithSession();

    Reply wrongPath = client.send("POST", "/kyren/guess/v1/Bet", BET, null);
    Reply wrongToken = client.send("POST", "/luckymonaco/bet?authToken=guess", LM_LATE_BET, null);

    assertThat(wrongPath.status()).isEqualTo(404);
    assertThat(wrongPath.body()).isEmpty();
    assertThat(wrongToken.text("status")).isEqualTo("INVALID_TOKEN_ID");
    assertThat(balance()).isEqualTo("100000.00");
    assertThat(client.operator("GET", "/bets/kyren/585c1306f89c56f5ecfc2f5d", null).status())
        .isEqualTo(404);
  }
}
