package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A LuckyMonaco handler over in-memory stores, with one funded player and an open session, and
 * short helpers to post calls and build bodies.
 */
final class LuckyMonacoTestClient {
  static final String TOKEN = "lm-secret-token";
  static final String PLAYER = "player-1";
  static final String OTHER_PLAYER = "player-2";
  static final String CURRENCY = "EUR";
  static final String OPENING_BALANCE = "1000.00";
  static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static final ObjectMapper MAPPER = new ObjectMapper();

  final TestWallet wallet;
  final String sid;
  final String otherSid;
  final List<CallReport> reports = new CopyOnWriteArrayList<>();
  final LuckyMonacoWalletHandler handler;

  LuckyMonacoTestClient() {
    this(TestWallet.inMemory(), LuckyMonacoConfig.defaults().withToken(TOKEN));
  }

  LuckyMonacoTestClient(TestWallet wallet, LuckyMonacoConfig config) {
    this.wallet = wallet;
    wallet.account(PLAYER, CURRENCY, OPENING_BALANCE);
    wallet.account(OTHER_PLAYER, CURRENCY, OPENING_BALANCE);
    this.sid = openSession(PLAYER, "sid-" + PLAYER);
    this.otherSid = openSession(OTHER_PLAYER, "sid-" + OTHER_PLAYER);
    this.handler =
        new LuckyMonacoWalletHandler(config, wallet.services().providerUseCases(), reports::add);
  }

  String openSession(String player, String id) {
    Checked<?> opened =
        wallet
            .services()
            .platformSessions()
            .openSession(
                new OpenSessionCommand(
                    new PlayerId(player),
                    new CurrencyCode(CURRENCY),
                    Optional.of(new SessionId(id))));
    assertThat(opened).isInstanceOf(Checked.Valid.class);
    return id;
  }

  // Posting.

  Reply post(String call, String json) {
    return send("POST", "/luckymonaco/" + call, "authToken=" + TOKEN, json);
  }

  Reply post(String call, JsonNode body) {
    return post(call, body.toString());
  }

  Reply send(String method, String path, String query, String json) {
    return send(method, path, query, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  Reply send(String method, String path, String query, String contentType, byte[] body) {
    dev.walletgate.application.protocol.Reply response =
        handler.handle(Exchange.of(method, path, query, contentType, body, "127.0.0.1"));
    return new Reply(response);
  }

  // Bodies.

  ObjectNode check(String uuid) {
    return object().put("sid", sid).put("userId", PLAYER).put("uuid", uuid);
  }

  ObjectNode balance(String uuid) {
    return object()
        .put("sid", sid)
        .put("userId", PLAYER)
        .put("currency", CURRENCY)
        .put("gametype", "slots")
        .put("gameid", "g-1")
        .put("uuid", uuid);
  }

  ObjectNode bet(String uuid, String transactionId, String amount) {
    ObjectNode body =
        object()
            .put("sid", sid)
            .put("userid", PLAYER)
            .put("currency", CURRENCY)
            .put("gametype", "slots")
            .put("gameid", "g-1")
            .put("gameName", "Lucky Spins")
            .put("uuid", uuid);
    body.putObject("transaction").put("id", transactionId).put("amount", amount);
    return body;
  }

  ObjectNode win(String uuid, String transactionId, String amount, String isEndRound) {
    ObjectNode body =
        object()
            .put("sid", sid)
            .put("userid", PLAYER)
            .put("currency", CURRENCY)
            .put("gametype", "slots")
            .put("gameid", "g-1")
            .put("uuid", uuid);
    ObjectNode transaction =
        body.putObject("transaction").put("id", transactionId).put("amount", amount);
    if (isEndRound != null) {
      transaction.put("is_end_round", isEndRound);
    }
    return body;
  }

  ObjectNode cancel(String uuid, String transactionId) {
    ObjectNode body = object().put("sid", sid).put("userid", PLAYER).put("uuid", uuid);
    body.putObject("transaction").put("id", transactionId);
    return body;
  }

  /** The node without the field (for "missing field" cases). */
  static ObjectNode drop(ObjectNode node, String field) {
    node.remove(field);
    return node;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  String nextId() {
    return wallet.nextId();
  }

  // Reads.

  BigDecimal balanceOf(String player) {
    return wallet.balance(player, CURRENCY);
  }

  boolean requestStored(String uuid) {
    return wallet.request(Integration.LUCKYMONACO, uuid).isPresent();
  }

  /** Counts of everything a call could store, to check that nothing was. */
  Snapshot snapshot() {
    return new Snapshot(
        wallet.memory().requestRecordCount(),
        wallet.memory().betRowCount(),
        wallet.memory().ledgerEntryCount(),
        balanceOf(PLAYER),
        balanceOf(OTHER_PLAYER));
  }

  record Snapshot(
      int requestRecords, int betRows, int ledgerEntries, BigDecimal balance, BigDecimal other) {}

  /** A response with its body parsed (when it has one). */
  static final class Reply {
    final dev.walletgate.application.protocol.Reply response;
    final JsonNode json;

    Reply(dev.walletgate.application.protocol.Reply response) {
      this.response = response;
      this.json = parse(response.body());
    }

    int http() {
      return response.status();
    }

    String status() {
      return json == null ? null : json.path("status").asText(null);
    }

    String balance() {
      return json == null || !json.has("balance") ? null : json.get("balance").textValue();
    }

    String text() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** HTTP 200, the status, a fresh uuid, and no retransmission field. */
    Reply isFirst(String status) {
      assertThat(http()).as(text()).isEqualTo(200);
      assertThat(status()).as(text()).isEqualTo(status);
      assertThat(json.has("retransmission")).as(text()).isFalse();
      return hasWellFormedUuid();
    }

    Reply hasWellFormedUuid() {
      assertThat(json.get("uuid").textValue()).matches(UUID_SHAPE);
      assertThat(response.contentType()).startsWith("application/json");
      return this;
    }

    Reply hasBalance(String balance) {
      assertThat(balance()).as(text()).isEqualTo(balance);
      return this;
    }

    Reply hasNoBalance() {
      assertThat(json.has("balance")).as(text()).isFalse();
      return this;
    }

    /** Only status and uuid (and no stack trace or message of any kind). */
    Reply isBare() {
      assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("status", "uuid");
      return this;
    }

    private static JsonNode parse(byte[] body) {
      if (body.length == 0) {
        return null;
      }
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
