package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.LedgerEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jazzer fuzz test of the handler over in-memory stores. Each input is a short sequence of
 * requests: raw ones (arbitrary method, path, query, content type and bytes) and structured ones
 * (the five calls with fields drawn from valid values, small shared pools of ids so that bets,
 * wins, cancels and replays meet, and arbitrary values). It checks that no exception escapes, that
 * every answer is a well-formed LuckyMonaco body or an allowed empty 404/405/413/415, that nothing
 * unexpected (500) or transient (503) happens on healthy stores, that no balance goes negative, and
 * that every balance equals the sum of its ledger entries (L1).
 *
 * <p>In {@code mvn verify} it replays the inputs under {@code LuckyMonacoHandlerFuzzTestInputs};
 * {@code mvn -Pfuzz test -Dtest=LuckyMonacoHandlerFuzzTest} fuzzes it.
 */
class LuckyMonacoHandlerFuzzTest {
  private static final ObjectMapper STRICT = new ObjectMapper();
  private static final Set<String> STATUSES =
      EnumSet.allOf(LuckyMonacoStatus.class).stream().map(Enum::name).collect(Collectors.toSet());
  private static final Set<String> FIELDS =
      Set.of("status", "balance", "sid", "uuid", "retransmission");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final String[] CALLS = {"check", "balance", "bet", "win", "cancel"};
  private static final String[] METHODS = {"POST", "GET", "PUT", "post", ""};
  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/json; charset=latin1"
  };
  private static final String[] AMOUNTS = {
    "1.00", "0", "0.01", "13.50", "999.99", "1000.00", "1000.01", "-1", "1.001", "1e2", " 1", "+1",
    "NaN"
  };

  @FuzzTest(maxDuration = "2m")
  void fuzzHandler(FuzzedDataProvider data) {
    LuckyMonacoTestClient lm = new LuckyMonacoTestClient();
    int requests = data.consumeInt(1, 8);
    for (int i = 0; i < requests && data.remainingBytes() > 0; i++) {
      Exchange request =
          data.consumeInt(0, 4) == 0 ? rawRequest(data) : structuredRequest(data, lm);
      Reply response = lm.handler.handle(request);
      assertWellFormed(response);
    }
    for (String player :
        new String[] {LuckyMonacoTestClient.PLAYER, LuckyMonacoTestClient.OTHER_PLAYER}) {
      BigDecimal balance = lm.balanceOf(player);
      assertThat(balance.signum()).isNotNegative();
      BigDecimal booked =
          lm.wallet.ledger(player, LuckyMonacoTestClient.CURRENCY).stream()
              .map(LedgerEntry::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(balance).isEqualByComparingTo(booked);
    }
  }

  private static Exchange rawRequest(FuzzedDataProvider data) {
    String method = data.consumeBoolean() ? "POST" : data.consumeString(8);
    String path =
        data.consumeBoolean() ? "/luckymonaco/" + data.pickValue(CALLS) : data.consumeString(40);
    String query =
        data.consumeBoolean() ? "authToken=" + LuckyMonacoTestClient.TOKEN : data.consumeString(40);
    String contentType = data.consumeBoolean() ? "application/json" : data.consumeString(40);
    byte[] body = data.consumeBytes(data.consumeInt(0, 2048));
    return Exchange.of(method, path, query, contentType, body, "127.0.0.1");
  }

  private static Exchange structuredRequest(FuzzedDataProvider data, LuckyMonacoTestClient lm) {
    String call = data.pickValue(CALLS);
    String method = data.consumeInt(0, 15) == 0 ? data.pickValue(METHODS) : "POST";
    String query =
        data.consumeInt(0, 15) == 0 ? "authToken=x" : "authToken=" + LuckyMonacoTestClient.TOKEN;
    String contentType =
        data.consumeInt(0, 15) == 0 ? data.pickValue(CONTENT_TYPES) : "application/json";
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    field(data, body, "uuid", "req-" + data.consumeInt(0, 5));
    String player =
        data.consumeBoolean() ? LuckyMonacoTestClient.PLAYER : LuckyMonacoTestClient.OTHER_PLAYER;
    field(data, body, data.consumeBoolean() ? "userid" : "userId", player);
    if (data.consumeInt(0, 7) == 0) {
      field(data, body, "userId", LuckyMonacoTestClient.OTHER_PLAYER);
    }
    field(data, body, "sid", player.equals(LuckyMonacoTestClient.PLAYER) ? lm.sid : lm.otherSid);
    field(data, body, "currency", data.consumeInt(0, 7) == 0 ? "USD" : "EUR");
    if (data.consumeInt(0, 3) == 0) {
      field(data, body, "bonus", "FS-" + data.consumeInt(0, 2));
    }
    ObjectNode transaction = JsonNodeFactory.instance.objectNode();
    field(data, transaction, "id", "tx-" + data.consumeInt(0, 3));
    field(data, transaction, "amount", data.pickValue(AMOUNTS));
    if (data.consumeBoolean()) {
      field(data, transaction, "is_end_round", data.consumeBoolean() ? "ok" : "no");
    }
    if (data.consumeInt(0, 3) == 0) {
      field(data, transaction, "win", data.pickValue(AMOUNTS));
    }
    if (data.consumeInt(0, 9) != 0) {
      body.set("transaction", transaction);
    }
    String json = body.toString();
    if (data.consumeInt(0, 9) == 0) {
      // Splice arbitrary text into the otherwise valid document.
      int at = data.consumeInt(0, json.length());
      json = json.substring(0, at) + data.consumeString(32) + json.substring(at);
    }
    return Exchange.of(
        method,
        "/luckymonaco/" + call,
        query,
        contentType,
        json.getBytes(StandardCharsets.UTF_8),
        "127.0.0.1");
  }

  /** Sets the field to its valid value most of the time, else leaves it out or writes junk. */
  private static void field(FuzzedDataProvider data, ObjectNode node, String name, String valid) {
    switch (data.consumeInt(0, 11)) {
      case 0:
        return;
      case 1:
        node.putNull(name);
        return;
      case 2:
        node.put(name, data.consumeLong());
        return;
      case 3:
        node.put(name, data.consumeString(300));
        return;
      case 4:
        node.putObject(name).put("v", valid);
        return;
      case 5:
        node.put(name, data.consumeBoolean());
        return;
      default:
        node.put(name, valid);
    }
  }

  private static void assertWellFormed(Reply response) {
    int http = response.status();
    assertThat(http).isIn(200, 404, 405, 413, 415);
    if (http != 200) {
      assertThat(response.body()).isEmpty();
      assertThat(response.contentType()).isNull();
      return;
    }
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode body;
    try {
      body = STRICT.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(
          "answer is not JSON: " + new String(response.body(), StandardCharsets.UTF_8), e);
    }
    assertThat(body.isObject()).isTrue();
    body.fieldNames().forEachRemaining(name -> assertThat(FIELDS).contains(name));
    assertThat(body.path("status").isTextual()).isTrue();
    assertThat(STATUSES).contains(body.get("status").textValue());
    assertThat(body.get("status").textValue()).isNotIn("TEMPORARY_ERROR", "UNKNOWN_ERROR");
    assertThat(body.path("uuid").asText()).matches(LuckyMonacoTestClient.UUID_SHAPE);
    if (body.has("balance")) {
      assertThat(body.get("balance").textValue()).matches(DECIMAL);
    }
    if (body.has("retransmission")) {
      assertThat(body.get("retransmission").isBoolean()).isTrue();
      assertThat(body.get("retransmission").booleanValue()).isTrue();
    }
  }
}
