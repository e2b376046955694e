package dev.walletgate.bootstrap.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.walletgate.adapter.http.kyren.KyrenConfig;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoConfig;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.out.Storage;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.bootstrap.operator.OperatorApi;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.rules.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Kyren, LuckyMonaco and the operator API served in-process, exactly as the service wires them,
 * over one real storage adapter; with reads through the storage port. Bodies are written with every
 * non-ASCII character as a JSON escape, so that an unpaired surrogate reaches the adapter as a
 * provider's {@code \ud800} would.
 */
final class ServedWallet implements AutoCloseable {
  static final String KYREN_BASE = "/kyren/inputs/v1";
  static final String LUCKYMONACO_TOKEN = "inputs-token";
  static final String OPERATOR_KEY = "inputs-operator-key";
  static final List<Operation> RECORDED_OPERATIONS = List.of(Operation.values());

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter ESCAPING =
      MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
  private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

  private final Walletgate walletgate;
  private final KyrenWalletHandler kyren;
  private final LuckyMonacoWalletHandler luckyMonaco;
  private final OperatorApi operator;

  ServedWallet(Storage storage) {
    this.walletgate = Walletgate.builder(storage).build();
    this.kyren =
        new KyrenWalletHandler(KyrenConfig.basePath(KYREN_BASE), walletgate.providerUseCases());
    this.luckyMonaco =
        new LuckyMonacoWalletHandler(
            LuckyMonacoConfig.defaults().withToken(LUCKYMONACO_TOKEN),
            walletgate.providerUseCases());
    this.operator = new OperatorApi(walletgate.services(), OPERATOR_KEY);
  }

  WalletServices services() {
    return walletgate.services();
  }

  /** A Kyren call's answer body; Kyren answers every call with HTTP 200. */
  JsonNode kyren(String call, Object body) {
    Reply reply =
        kyren.handle(
            Exchange.of(
                "POST", KYREN_BASE + "/" + call, null, "application/json", json(body), "10.0.0.1"));
    assertThat(reply.status()).as(reply.bodyText()).isEqualTo(200);
    return read(reply);
  }

  /** A LuckyMonaco call's answer: its HTTP status and body. */
  Answer luckyMonaco(String call, Object body) {
    Reply reply =
        luckyMonaco.handle(
            Exchange.of(
                "POST",
                LuckyMonacoConfig.DEFAULT_BASE_PATH + "/" + call,
                "authToken=" + LUCKYMONACO_TOKEN,
                "application/json",
                json(body),
                "10.0.0.1"));
    return new Answer(reply.status(), read(reply));
  }

  /** An operator call's answer; the path is already percent-encoded. */
  Answer operator(String method, String path, Object body) {
    Reply reply =
        operator.handle(
            new Exchange(
                method,
                OperatorApi.PREFIX + path,
                null,
                Map.of(
                    "Authorization", List.of("Bearer " + OPERATOR_KEY),
                    "Content-Type", List.of("application/json")),
                body == null ? null : json(body),
                "10.0.0.1"));
    return new Answer(reply.status(), read(reply));
  }

  /** Reads through the storage port, in a transaction of its own. */
  <T> T read(Function<Stores, T> reads) {
    return walletgate.storage().inTransaction(reads);
  }

  /**
   * Everything a call could have stored, as one comparable value: every account with its balance
   * and lock, the open and voided bets, the refused requests.
   */
  Snapshot snapshot() {
    return read(
        s ->
            new Snapshot(
                s.accounts().findAccountsAfter(null, 100_000),
                s.bets().countOpenCreatedBefore(FAR_FUTURE),
                s.bets().countVoided(),
                s.requests().countRefused(RECORDED_OPERATIONS)));
  }

  @Override
  public void close() {
    walletgate.close();
  }

  private static byte[] json(Object body) {
    try {
      return ESCAPING.writeValueAsString(body).getBytes(StandardCharsets.US_ASCII);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Reply reply) {
    if (reply.body().length == 0) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An HTTP status and its JSON body (empty when there was none). */
  record Answer(int status, JsonNode body) {
    String text(String field) {
      return body.path(field).asText(null);
    }
  }

  /** What is stored, for "nothing was stored" checks. */
  record Snapshot(List<Account> accounts, long openBets, long voidedKeys, long refusedRequests) {}
}
