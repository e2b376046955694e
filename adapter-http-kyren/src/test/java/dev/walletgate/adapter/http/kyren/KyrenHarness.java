package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.application.memory.InMemoryStores;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Kyren handler over a fresh in-memory wallet, with helpers to post calls, read answers and check
 * what was stored.
 */
final class KyrenHarness {
  static final String PLAYER = "123456";
  static final String USD = "USD";
  static final String BASE = "/kyren/test-secret/v1";
  static final String LOCAL = "127.0.0.1";
  static final ObjectMapper MAPPER = new ObjectMapper();

  final TestWallet wallet;
  final List<CallReport> reports = new CopyOnWriteArrayList<>();
  final KyrenWalletHandler handler;

  KyrenHarness() {
    this(KyrenConfig.basePath(KyrenHarness.BASE));
  }

  KyrenHarness(KyrenConfig config) {
    this(config, TestWallet.inMemory());
  }

  /** Over a wallet that puts every bet the rules would book to the guard (G1). */
  KyrenHarness(BetGuard guard) {
    this(
        KyrenConfig.basePath(KyrenHarness.BASE),
        TestWallet.over(new InMemoryStores(), TestWallet.defaultSettings().withBetGuard(guard)));
  }

  private KyrenHarness(KyrenConfig config, TestWallet wallet) {
    this.wallet = wallet;
    this.handler =
        new KyrenWalletHandler(config, wallet.services().providerUseCases(), reports::add);
  }

  // Set-up.

  /** Creates the player's account with the balance and opens a session. */
  SessionId player(String player, String currency, String balance) {
    wallet.account(player, currency, balance);
    return wallet.openSession(player, currency);
  }

  /** The default player {@code 123456} with USD 1000.00 and an open session. */
  SessionId player() {
    return player(PLAYER, USD, "1000.00");
  }

  // Calls.

  Reply post(String call, Map<String, Object> body) {
    return post(call, write(body));
  }

  Reply post(String call, String body) {
    return post(call, body.getBytes(StandardCharsets.UTF_8));
  }

  Reply post(String call, byte[] body) {
    return handler.handle(
        Exchange.of("POST", BASE + "/" + call, null, "application/json", body, LOCAL));
  }

  static String write(Map<String, Object> body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Answers.

  /**
   * Asserts an HTTP 200 Kyren body with the error code, no stack trace and no exception text, and
   * returns it.
   */
  static JsonNode answer(Reply response, int error) {
    JsonNode body = wellFormed(response);
    assertThat(body.get("error").intValue()).as(response.bodyText()).isEqualTo(error);
    return body;
  }

  /** Asserts an HTTP 200 body that is a Kyren answer of any code, and returns it. */
  static JsonNode wellFormed(Reply response) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    String text = response.bodyText();
    assertThat(text)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("java.")
        .doesNotContain("dev.walletgate");
    JsonNode body = read(text);
    assertThat(body.isObject()).as(text).isTrue();
    assertThat(body.get("error").isInt()).as("error is a JSON number: " + text).isTrue();
    assertThat(body.get("description").isTextual()).as(text).isTrue();
    return body;
  }

  static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  // Storage.

  /** What is stored, in counts, plus the default player's USD balance (null without account). */
  record Stored(int requests, int betRows, int ledgerEntries, BigDecimal balance) {}

  Stored stored() {
    return new Stored(
        wallet.memory().requestRecordCount(),
        wallet.memory().betRowCount(),
        wallet.memory().ledgerEntryCount(),
        wallet.account(PLAYER, USD).map(a -> a.balance()).orElse(null));
  }

  boolean recorded(String uuid) {
    return wallet.request(Integration.KYREN, uuid).isPresent();
  }

  BigDecimal balance() {
    return wallet.balance(PLAYER, USD);
  }

  String nextId() {
    return wallet.nextId();
  }
}
