package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.reliability.ProviderTransport.Answer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against the running service (H2 file, Jdbi): slow, truncated and oversized bodies,
 * bogus request ids in bulk, wrong secrets at volume with a timing measurement, and SQL
 * metacharacters and Unicode confusables in every string field.
 */
class HostileInputTest {
  static {
    Quiet.callbackLog();
  }

  private static final ServiceSecrets SECRETS = ServiceSecrets.DEFAULT;
  // The service runs Walletgate in its default schema.
  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @TempDir Path dataDir;
  private TestStorage storage;
  private WalletgateService service;
  private ProviderTransport transport;
  private OperatorSetup operator;
  private final ProviderBook book = new ProviderBook();

  @BeforeEach
  void start() throws Exception {
    storage = TestStorage.h2File(dataDir, Persistence.JDBI);
    service = InProcessService.start(storage, dataDir, 10);
    transport = new ProviderTransport(List.of(service.baseUri()));
    operator = new OperatorSetup(service.baseUri(), SECRETS.operatorKey());
    operator.fundedPlayer("host-1", "host-session-1", new BigDecimal("1000.00"), book);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private static ObjectNode kyrenBet(String player, String session, String uuid, String key) {
    ObjectNode body = ProviderTransport.JSON.createObjectNode();
    body.put("uuid", uuid);
    body.put("userId", player);
    body.put("gameId", "g1");
    body.put("gameName", "Hostile");
    body.put("roundId", "r-" + key);
    body.put("amount", "1.00");
    body.put("reference", key);
    body.put("sessionId", session);
    body.put("providerId", "Kyren");
    body.put("currency", "USD");
    return body;
  }

  private String kyren(String call) {
    return SECRETS.kyrenBasePath() + "/" + call;
  }

  private long requestRecords() throws Exception {
    try (Connection c = DriverManager.getConnection(storage.jdbcUrl, storage.user, "");
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM " + SCHEMA + ".request_records");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private String balance(String player) {
    return operator.account(player).get("balance").asText();
  }

  private boolean betExists(String key) {
    return operator.call("GET", "/bets/kyren/" + OperatorSetup.encode(key), null).statusCode()
        == 200;
  }

  @Test
  void F2_slowBodies_areAnsweredInFull_andDoNotHoldUpOtherCallers() throws Exception {
    List<CompletableFuture<Integer>> slow = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      byte[] body =
          kyrenBet("host-1", "host-session-1", "slow-" + i, "slow-bet-" + i)
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      slow.add(
          CompletableFuture.supplyAsync(
              () -> {
                try (RawHttp raw = new RawHttp(service.baseUri(), 20_000)) {
                  raw.head(kyren("Bet"), "Content-Length: " + body.length);
                  for (int at = 0; at < body.length; at += 16) {
                    raw.write(Arrays.copyOfRange(body, at, Math.min(body.length, at + 16)));
                    Thread.sleep(100);
                  }
                  return raw.status();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    long slowest = 0;
    while (!CompletableFuture.allOf(slow.toArray(CompletableFuture[]::new)).isDone()) {
      long started = System.nanoTime();
      assertThat(balance("host-1")).isNotBlank();
      slowest = Math.max(slowest, System.nanoTime() - started);
      Thread.sleep(50);
    }

    for (CompletableFuture<Integer> s : slow) {
      assertThat(s.get()).isEqualTo(200);
    }
    for (int i = 0; i < 4; i++) {
      assertThat(betExists("slow-bet-" + i)).isTrue();
    }
    assertThat(balance("host-1")).isEqualTo("996.00");
    System.out.printf(
        "HOSTILE slow bodies: slowest operator call meanwhile %d ms%n", slowest / 1_000_000);
    assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void F2_truncatedBodies_storeNothing() throws Exception {
    long before = requestRecords();
    for (int i = 0; i < 20; i++) {
      byte[] body =
          kyrenBet("host-1", "host-session-1", "cut-" + i, "cut-bet-" + i)
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      try (RawHttp raw = new RawHttp(service.baseUri(), 5_000)) {
        raw.head(kyren("Bet"), "Content-Length: " + (body.length + 50));
        raw.write(Arrays.copyOf(body, body.length / 2 + i));
        raw.endOutput();
        // Never a success; a body cut short is answered with Kyren's retry code (in protocol).
        String answer = raw.answer();
        assertThat(answer).doesNotContain("\"error\":0");
        if (!answer.isEmpty()) {
          assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"error\":998");
        }
      }
    }
    assertThat(requestRecords()).isEqualTo(before);
    assertThat(betExists("cut-bet-0")).isFalse();
    assertThat(balance("host-1")).isEqualTo("1000.00");
  }

  @Test
  void F2_bodiesFarOverTheLimit_get413_andStoreNothing() throws Exception {
    long before = requestRecords();
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    int declared = 8 * 1024 * 1024;
    List<Integer> statuses = new ArrayList<>();
    for (String length : List.of("Content-Length: " + declared, "Transfer-Encoding: chunked")) {
      try (RawHttp raw = new RawHttp(service.baseUri(), 10_000)) {
        raw.head(kyren("Bet"), length);
        boolean chunked = length.startsWith("Transfer");
        byte[] start =
            kyrenBet("host-1", "host-session-1", "big-" + chunked, "big-bet")
                .toString()
                .replace("}", ",\"pad\":\"")
                .getBytes(StandardCharsets.UTF_8);
        try {
          raw.write(chunked ? frame(start) : start);
          for (int sent = start.length; sent + chunk.length < declared; sent += chunk.length) {
            raw.write(chunked ? frame(chunk) : chunk);
          }
        } catch (java.io.IOException e) {
          // The service closed the connection after answering: expected for a huge body.
        }
        statuses.add(raw.status());
      }
    }
    // LuckyMonaco through the ordinary client: a body of 1 MiB in one piece.
    String big = "{\"uuid\":\"big-lm\",\"pad\":\"" + " ".repeat(1024 * 1024) + "\"}";
    Answer lm =
        transport.post("/luckymonaco/bet?authToken=" + SECRETS.luckyMonacoToken(), big, TIMEOUT);

    System.out.println(
        "HOSTILE oversized bodies: raw statuses "
            + statuses
            + ", LuckyMonaco "
            + (lm.answered() ? lm.status() : lm.failure()));
    assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(413, -1)).contains(413);
    if (lm.answered()) {
      assertThat(lm.status()).isEqualTo(413);
    }
    assertThat(requestRecords()).isEqualTo(before);
    assertThat(betExists("big-bet")).isFalse();
    assertThat(balance("host-1")).isEqualTo("1000.00");
  }

  private static byte[] frame(byte[] data) {
    byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] framed = new byte[head.length + data.length + 2];
    System.arraycopy(head, 0, framed, 0, head.length);
    System.arraycopy(data, 0, framed, head.length, data.length);
    framed[framed.length - 2] = '\r';
    framed[framed.length - 1] = '\n';
    return framed;
  }

  @Test
  void I1_F2_F3_thousandsOfBogusRequestIds_leaveTheRequestTableAsItWas() throws Exception {
    Answer valid =
        transport.post(
            kyren("Bet"),
            kyrenBet("host-1", "host-session-1", "valid-1", "valid-bet-1").toString(),
            TIMEOUT);
    assertThat(Kyren.error(valid)).isZero();
    long before = requestRecords();
    assertThat(before).isEqualTo(1);
    int sent = 0;
    for (int i = 0; i < 600; i++) {
      String uuid = "bogus-" + i;
      ObjectNode bet = kyrenBet("host-1", "host-session-1", uuid, "bogus-bet-" + i);
      List<Answer> answers = new ArrayList<>();
      // Malformed JSON, a missing field, a wrong type: Kyren's "invalid parameter" answers.
      answers.add(transport.post(kyren("Bet"), bet.toString().replace("}", ""), TIMEOUT));
      ObjectNode missing = bet.deepCopy();
      missing.remove("reference");
      missing.put("uuid", uuid + "-m");
      answers.add(transport.post(kyren("Bet"), missing.toString(), TIMEOUT));
      ObjectNode wrongType = bet.deepCopy();
      wrongType.putArray("amount").add(1);
      wrongType.put("uuid", uuid + "-t");
      answers.add(transport.post(kyren("Bet"), wrongType.toString(), TIMEOUT));
      // Unauthenticated: a wrong Kyren base path, a wrong LuckyMonaco token.
      answers.add(transport.post("/kyren/guess-" + i + "/v1/Bet", bet.toString(), TIMEOUT));
      ObjectNode lm = ProviderTransport.JSON.createObjectNode();
      lm.put("sid", "host-session-1").put("userid", "host-1").put("currency", "USD");
      lm.putObject("transaction").put("id", "bogus-lm-" + i).put("amount", "1.00");
      lm.put("uuid", uuid + "-lm");
      answers.add(transport.post("/luckymonaco/bet?authToken=guess-" + i, lm.toString(), TIMEOUT));
      answers.add(
          transport.post(
              "/luckymonaco/bet?authToken=" + SECRETS.luckyMonacoToken(),
              lm.toString().replace("\"amount\":\"1.00\"", "\"amount\":{}"),
              TIMEOUT));
      for (Answer a : answers) {
        assertThat(a.answered()).isTrue();
        assertThat(a.status()).isIn(200, 404);
      }
      sent += answers.size();
    }

    System.out.printf(
        "HOSTILE bogus request ids: %d calls, request_records %d -> %d%n",
        sent, before, requestRecords());
    assertThat(requestRecords()).isEqualTo(before);
    assertThat(balance("host-1")).isEqualTo("999.00");
  }

  @Test
  void F3_wrongTokensAndBasePaths_atVolume_revealNoPrefixInTheirTiming() {
    String token = SECRETS.luckyMonacoToken();
    String longPrefix = token.substring(0, token.length() - 1) + "x";
    String noPrefix = "Q" + token.substring(1).replace('a', 'z');
    String base = SECRETS.kyrenBasePath();
    String pathLongPrefix = base.substring(0, base.length() - 4) + "x/v1";
    String pathNoPrefix = "/kyren/Q" + base.substring(8);
    String body = "{\"sid\":\"host-session-1\",\"userid\":\"host-1\",\"uuid\":\"t\"}";
    for (int i = 0; i < 300; i++) { // warm-up
      transport.post("/luckymonaco/check?authToken=" + noPrefix, body, TIMEOUT);
      transport.post(pathNoPrefix + "/Check", body, TIMEOUT);
    }
    int rounds = 2_000;
    long[] tokenLong = new long[rounds];
    long[] tokenNone = new long[rounds];
    long[] pathLong = new long[rounds];
    long[] pathNone = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      tokenLong[i] = timed("/luckymonaco/check?authToken=" + longPrefix, body, "INVALID_TOKEN_ID");
      tokenNone[i] = timed("/luckymonaco/check?authToken=" + noPrefix, body, "INVALID_TOKEN_ID");
      pathLong[i] = timed(pathLongPrefix + "/Check", body, null);
      pathNone[i] = timed(pathNoPrefix + "/Check", body, null);
    }
    long tl = median(tokenLong);
    long tn = median(tokenNone);
    long pl = median(pathLong);
    long pn = median(pathNone);
    System.out.printf(
        "HOSTILE timing over %d calls each: LuckyMonaco wrong token median %d us (sharing %d"
            + " chars) vs %d us (sharing none); Kyren wrong base path median %d us (sharing %d)"
            + " vs %d us (sharing 7)%n",
        rounds, tl / 1000, token.length() - 1, tn / 1000, pl / 1000, base.length() - 4, pn / 1000);
    // Generous on purpose: a shared machine's noise is far larger than any compare loop.
    assertThat(tl).isLessThan(2 * tn + 2_000_000);
    assertThat(pl).isLessThan(2 * pn + 2_000_000);
  }

  private long timed(String path, String body, String expectedStatus) {
    long started = System.nanoTime();
    Answer answer = transport.post(path, body, TIMEOUT);
    long took = System.nanoTime() - started;
    if (expectedStatus == null) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
    } else {
      assertThat(answer.text("status")).as(answer.toString()).isEqualTo(expectedStatus);
    }
    return took;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** SQL metacharacters, LIKE wildcards, quotes, and look-alikes that must stay distinct. */
  static final List<String> HOSTILE =
      List.of(
          "o'brien'; DROP TABLE bets;--",
          "\" OR \"1\"=\"1",
          "x' OR '1'='1",
          "100%_like_*?",
          "pаypal", // Cyrillic a
          "paypal",
          "ＡＤＭＩＮ", // full-width
          "e\u0301-vs-é", // decomposed and composed e-acute
          "zero\u200Bwidth\u200Djoin",
          "rtl\u202Eevil",
          "emoji-🂡-𝔘",
          "null-\\0-\\x00-$1-{}[]");

  @Test
  void metacharactersAndConfusables_inEveryStringField_areStoredAndReturnedVerbatim()
      throws Exception {
    Set<String> players = new HashSet<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String h = HOSTILE.get(i);
      String player = "P" + h;
      String session = "S" + h + "/" + i;
      assertThat(players.add(player)).isTrue();
      operator.fundedPlayer(player, session, new BigDecimal("100.00"), book);

      String betKey = "B" + h;
      String round = "R" + h + "/round";
      ObjectNode bet = kyrenBet(player, session, "U" + h, betKey);
      bet.put("roundId", round);
      bet.put("gameName", h);
      bet.put("gameId", h);
      assertThat(Kyren.error(transport.post(kyren("Bet"), bet.toString(), TIMEOUT))).isZero();
      ObjectNode result = bet.deepCopy();
      result.put("uuid", "V" + h);
      result.put("reference", "W" + h);
      result.put("amount", "2.50");
      assertThat(Kyren.error(transport.post(kyren("Result"), result.toString(), TIMEOUT))).isZero();

      ObjectNode lmBet = ProviderTransport.JSON.createObjectNode();
      lmBet.put("sid", session).put("userid", player).put("currency", "USD");
      lmBet.put("gameName", h).put("gameid", h).put("gametype", h);
      lmBet.putObject("transaction").put("id", "L" + h).put("amount", "3.00");
      lmBet.put("uuid", "M" + h);
      Answer lmAnswer =
          transport.post(
              "/luckymonaco/bet?authToken=" + SECRETS.luckyMonacoToken(),
              lmBet.toString(),
              TIMEOUT);
      assertThat(lmAnswer.text("status")).as(lmAnswer.body().toString()).isEqualTo("OK");

      book.bet("kyren", player, betKey, new BigDecimal("1.00"), ProviderBook.BetState.PLACED);
      book.win("kyren", player, "W" + h, new BigDecimal("2.50"), ProviderBook.WinState.PAID);
      book.bet(
          "luckymonaco", player, "L" + h, new BigDecimal("3.00"), ProviderBook.BetState.PLACED);

      JsonNode stored = operator.bet("kyren", betKey);
      assertThat(stored.get("betKey").asText()).isEqualTo(betKey);
      assertThat(stored.get("playerId").asText()).isEqualTo(player);
      assertThat(stored.get("roundId").asText()).isEqualTo(round);
      assertThat(stored.get("stake").asText()).isEqualTo("1.00");
      assertThat(operator.bet("luckymonaco", "L" + h).get("playerId").asText()).isEqualTo(player);
      assertThat(storedRound(betKey)).isEqualTo(round);
      assertThat(operator.account(player).get("playerId").asText()).isEqualTo(player);
      List<String> keys = new ArrayList<>();
      operator.ledger(player, 10).get("entries").forEach(e -> keys.add(e.get("key").asText()));
      assertThat(keys).contains(betKey, "W" + h, "L" + h);
      assertThat(operator.account(player).get("balance").asText()).isEqualTo("98.50");
    }
    try (Connection c = DriverManager.getConnection(storage.jdbcUrl, storage.user, "");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM "
                    + SCHEMA
                    + ".request_records WHERE request_id = ? OR request_id = ?")) {
      for (String h : HOSTILE) {
        s.setString(1, "U" + h);
        s.setString(2, "M" + h);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          assertThat(r.getLong(1)).as("request ids of %s", h).isEqualTo(2);
        }
      }
    }
    assertThat(
            LedgerAudit.audit(book, storage.jdbcUrl, storage.user, storage.persistence)
                .discrepancies())
        .isEmpty();
  }

  private String storedRound(String betKey) throws Exception {
    try (Connection c = DriverManager.getConnection(storage.jdbcUrl, storage.user, "");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT round_id FROM " + SCHEMA + ".bets WHERE integration = ? AND bet_key = ?")) {
      s.setString(1, "kyren");
      s.setString(2, betKey);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("bet %s stored", betKey).isTrue();
        return r.getString(1);
      }
    }
  }

  /** Reading Kyren's answers. */
  private static final class Kyren {
    static int error(Answer answer) {
      assertThat(answer.answered()).isTrue();
      assertThat(answer.body()).isNotNull();
      return answer.body().get("error").asInt();
    }
  }
}
