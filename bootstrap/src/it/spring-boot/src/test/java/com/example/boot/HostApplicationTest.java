package com.example.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The seeds' two Cancel calls over Boot's own server, and the host's own entity and Flyway history
 * untouched beside Walletgate's.
 */
@ExtendWith(PostgresRequired.class)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "walletgate.kyren.base-path=" + HostApplicationTest.KYREN,
      "walletgate.luckymonaco.token=" + HostApplicationTest.TOKEN
    })
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
class HostApplicationTest {
  static final String KYREN = "/kyren/8c3b5e0f1a2d4c6e/v1";
  static final String TOKEN = "spring-boot-test-token-0123456789";
  private static final PlayerId KYREN_PLAYER = new PlayerId("123456");
  private static final PlayerId LUCKYMONACO_PLAYER = new PlayerId("654321");
  private static final CurrencyCode USD = new CurrencyCode("USD");

  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort private int port;
  @Autowired private Walletgate walletgate;
  @Autowired private CustomerAccounts customerAccounts;
  @Autowired private JdbcTemplate jdbc;

  @BeforeAll
  static void fundTwoPlayers(@Autowired Walletgate walletgate) {
    fund(walletgate, KYREN_PLAYER, "session-1");
    fund(walletgate, LUCKYMONACO_PLAYER, "session-2");
  }

  /** An account with 100000.00 and an open session: the platform's part. */
  private static void fund(Walletgate walletgate, PlayerId player, String session) {
    var accounts = walletgate.services().accounts();
    accounts.createAccount(new CreateAccountCommand(player, USD));
    accounts.deposit(
        new TransferCommand(player, USD, new BigDecimal("100000.00"), "dep-" + player.value()));
    walletgate
        .services()
        .platformSessions()
        .openSession(new OpenSessionCommand(player, USD, Optional.of(new SessionId(session))));
  }

  @Test
  void kyrenBetThenTheSeedsCancel_putsTheStakeBack() throws Exception {
    String bet =
        post(
            KYREN + "/Bet",
            "{\"uuid\":\"9f1c0a77e4d34b0a9d2c3e4f5a6b7c8d\",\"userId\":\"123456\","
                + "\"gameId\":\"6_speed_baccarat1\",\"gameName\":\"SPEED BACCARAT1\","
                + "\"roundId\":\"round-1\",\"amount\":\"100.01\","
                + "\"reference\":\"585c1306f89c56f5ecfc2f5d\",\"sessionId\":\"session-1\","
                + "\"providerId\":\"Kyren\",\"currency\":\"USD\"}");
    assertThat((Integer) JsonPath.read(bet, "$.error")).isZero();
    assertThat((String) JsonPath.read(bet, "$.cash")).isEqualTo("99899.99");

    // The seed's Cancel Bet body, with the session and round of the bet above.
    String cancel =
        post(
            KYREN + "/Cancel",
            """
            {
                "providerId": "Kyren",
                "userId": "123456",
                "currency": "USD",
                "gameId": "6_speed_baccarat1",
                "gameName" : "SPEED BACCARAT1",
                "reference": "585c1306f89c56f5ecfc2f5d",
                "sessionId": "session-1",
                "roundId" : "round-1",
                "uuid": "4a5d375ac1311b04fba2ea66d067b8e5"
            }
            """);
    assertThat((Integer) JsonPath.read(cancel, "$.error")).isZero();
    assertThat((String) JsonPath.read(cancel, "$.description")).isEqualTo("Success");
    assertThat((String) JsonPath.read(cancel, "$.currency")).isEqualTo("USD");
    assertThat((String) JsonPath.read(cancel, "$.cash")).isEqualTo("100000.00");
    assertThat((String) JsonPath.read(cancel, "$.transactionId")).isNotBlank();
    assertThat(balance(KYREN_PLAYER)).isEqualByComparingTo("100000.00");
  }

  @Test
  void luckyMonacoSeedsCancelBeforeItsBet_isOk_andTheLateBetDebitsNothing() throws Exception {
    String cancel =
        post(
            "/luckymonaco/cancel?authToken=" + TOKEN,
            """
            {
                "sid": "session-2",
                "userid": "654321",
                "transaction": {
                    "id": "lm-tx-1"
                },
                "uuid": "c1a2b3c4-0001"
            }
            """);
    assertThat((String) JsonPath.read(cancel, "$.status")).isEqualTo("OK");
    assertThat((String) JsonPath.read(cancel, "$.uuid")).isNotBlank();

    String lateBet =
        post(
            "/luckymonaco/bet?authToken=" + TOKEN,
            "{\"sid\":\"session-2\",\"userid\":\"654321\",\"currency\":\"USD\","
                + "\"transaction\":{\"id\":\"lm-tx-1\",\"amount\":\"5.00\"},"
                + "\"uuid\":\"c1a2b3c4-0002\"}");
    assertThat((String) JsonPath.read(lateBet, "$.status")).isEqualTo("FINAL_ERROR_ACTION_FAILED");
    assertThat((String) JsonPath.read(lateBet, "$.balance")).isEqualTo("100000.00");
    assertThat(balance(LUCKYMONACO_PLAYER)).isEqualByComparingTo("100000.00");
  }

  @Test
  void theHostsOwnEntityAndMigration_workBesideWalletgate() {
    CustomerAccount saved = customerAccounts.save(new CustomerAccount("alice@example.com"));

    assertThat(customerAccounts.findByEmail("alice@example.com"))
        .map(CustomerAccount::getId)
        .contains(saved.getId());
    // The host's history holds its own V1 only; Walletgate keeps its history in its own schema.
    List<Map<String, Object>> hostHistory =
        jdbc.queryForList(
            "SELECT version, description, success FROM public.flyway_schema_history"
                + " ORDER BY installed_rank");
    assertThat(hostHistory)
        .containsExactly(
            Map.of("version", "1", "description", "customer accounts", "success", true));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM walletgate.walletgate_schema_history WHERE success",
                Integer.class))
        .isPositive();
    // Walletgate's accounts live in its schema; the host's table has the host's rows only.
    assertThat(jdbc.queryForObject("SELECT count(*) FROM public.accounts", Integer.class))
        .isEqualTo((int) customerAccounts.count());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM walletgate.accounts", Integer.class))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPathOfNoProtocol_goesOnToBoot() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kyren/Bet"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  private String post(String pathAndQuery, String json) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private BigDecimal balance(PlayerId player) {
    return walletgate.services().queries().getAccount(player, USD).orElseThrow().balance();
  }
}
