package com.example.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds' two Cancel calls, sent over a real socket to the plain program. */
class WalletHostTest {
  private static final String KYREN = "/kyren/5e1f0c2a9b7d4e3f/v1";
  private static final String TOKEN = "plain-java-test-token-0123456789";
  private static final PlayerId KYREN_PLAYER = new PlayerId("123456");
  private static final PlayerId LUCKYMONACO_PLAYER = new PlayerId("654321");
  private static final CurrencyCode USD = new CurrencyCode("USD");

  private static WalletHost host;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    host = WalletHost.start(0, KYREN, TOKEN);
    fund(KYREN_PLAYER, "session-1");
    fund(LUCKYMONACO_PLAYER, "session-2");
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  /** An account with 100000.00 and an open session: the platform's part. */
  private static void fund(PlayerId player, String session) {
    host.wallet().accounts().createAccount(new CreateAccountCommand(player, USD));
    host.wallet()
        .accounts()
        .deposit(
            new TransferCommand(player, USD, new BigDecimal("100000.00"), "dep-" + player.value()));
    host.wallet()
        .platformSessions()
        .openSession(new OpenSessionCommand(player, USD, Optional.of(new SessionId(session))));
  }

  @Test
  void theEventFeed_handsTheDepositsToThePlatform_inPositionOrder() throws Exception {
    List<WalletEvent> handed = new CopyOnWriteArrayList<>();
    ScheduledExecutorService feeding = host.feedEvents(handed::add);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (handed.stream().filter(e -> e.kind() == EventKind.DEPOSITED).count() < 2
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      feeding.shutdown();
    }
    List<WalletEvent> deposits =
        handed.stream().filter(e -> e.kind() == EventKind.DEPOSITED).toList();
    assertEquals(2, deposits.size());
    assertEquals(new BigDecimal("100000.00"), deposits.get(0).amount().setScale(2));
    assertTrue(deposits.get(0).position() < deposits.get(1).position());
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
    assertEquals("0", field(bet, "error"));
    assertEquals("99899.99", field(bet, "cash"));

    // The seed's Cancel Bet body, with the session and round of the bet above.
    String cancel =
        post(
            KYREN + "/Cancel",
            "{\n"
                + "    \"providerId\": \"Kyren\",\n"
                + "    \"userId\": \"123456\",\n"
                + "    \"currency\": \"USD\",\n"
                + "    \"gameId\": \"6_speed_baccarat1\",\n"
                + "    \"gameName\" : \"SPEED BACCARAT1\",\n"
                + "    \"reference\": \"585c1306f89c56f5ecfc2f5d\",\n"
                + "    \"sessionId\": \"session-1\",\n"
                + "    \"roundId\" : \"round-1\",\n"
                + "    \"uuid\": \"4a5d375ac1311b04fba2ea66d067b8e5\"\n"
                + "}");
    assertEquals("0", field(cancel, "error"));
    assertEquals("Success", field(cancel, "description"));
    assertEquals("USD", field(cancel, "currency"));
    assertEquals("100000.00", field(cancel, "cash"));
    assertEquals("100000.00", balance(KYREN_PLAYER));
  }

  @Test
  void luckyMonacoCancelBeforeItsBet_isOk_andTheLateBetDebitsNothing() throws Exception {
    String cancel =
        post(
            "/luckymonaco/cancel?authToken=" + TOKEN,
            "{\"sid\":\"session-2\",\"userid\":\"654321\",\"transaction\":{\"id\":\"lm-tx-1\"},"
                + "\"uuid\":\"c1a2b3c4-0001\"}");
    assertEquals("OK", field(cancel, "status"));

    String lateBet =
        post(
            "/luckymonaco/bet?authToken=" + TOKEN,
            "{\"sid\":\"session-2\",\"userid\":\"654321\",\"currency\":\"USD\","
                + "\"transaction\":{\"id\":\"lm-tx-1\",\"amount\":\"5.00\"},"
                + "\"uuid\":\"c1a2b3c4-0002\"}");
    assertEquals("FINAL_ERROR_ACTION_FAILED", field(lateBet, "status"));
    assertEquals("100000.00", field(lateBet, "balance"));
    assertEquals("100000.00", balance(LUCKYMONACO_PLAYER));
  }

  @Test
  void aPathOfNoProtocol_is404() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + "/kyren/Bet"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, response.statusCode());
  }

  private String post(String pathAndQuery, String json) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + pathAndQuery))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  /** The account's balance at the currency's scale (the database may keep more digits). */
  private static String balance(PlayerId player) {
    BigDecimal balance = host.wallet().queries().getAccount(player, USD).orElseThrow().balance();
    return balance.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** A top-level field of a flat JSON answer, string or number, as text. */
  private static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(?:\"([^\"]*)\"|([-0-9.]+))")
            .matcher(json);
    if (!m.find()) {
      throw new AssertionError("no field " + name + " in " + json);
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
