package dev.walletgate.bootstrap.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.out.UnstorableValueException;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.money.CurrencyCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operator API's text inputs that no database can store as sent (a NUL, an unpaired surrogate
 * in a JSON body, more than the column holds) are answered 422 problem+json, the same as every
 * other invalid identifier, never 503 "retry"; bytes that are not UTF-8 (which a lenient decoder
 * would turn into U+FFFD, making two ids one) are answered 400. Nothing is stored and the detail
 * never repeats the value.
 */
class OperatorUnstorableInputTest {
  private static final String KEY = "operator-key";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SESSION = "session-1";

  private final TestWallet wallet = TestWallet.inMemory();
  private final OperatorApi api = new OperatorApi(wallet.services(), KEY);

  @BeforeEach
  void aFundedPlayerWithASession() {
    wallet.account("alice", "USD", "100.00");
    wallet
        .services()
        .platformSessions()
        .openSession(
            new OpenSessionCommand(
                new PlayerId("alice"),
                new CurrencyCode("USD"),
                Optional.of(new SessionId(SESSION))));
  }

  /** A path segment or query value, percent-encoded as a client sends it (%00 for a NUL). */
  static Stream<Arguments> unstorablePathValues() {
    return Stream.of(
        Arguments.of("NUL", "secret%00id"), Arguments.of("over-long", "secret" + "x".repeat(250)));
  }

  /** A JSON string body value, with every non-ASCII character as a \\uXXXX escape. */
  static Stream<Arguments> unstorableBodyValues() {
    return Stream.of(
        Arguments.of("NUL", "secret\\u0000id"),
        Arguments.of("high surrogate", "secret\\ud800id"),
        Arguments.of("low surrogate", "secret\\udc00id"),
        Arguments.of("over-long", "secret" + "x".repeat(250)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unstorablePathValues")
  void unstorablePathSegments_answer422(String what, String value) {
    List<String[]> calls =
        List.of(
            new String[] {"PUT", "/players/" + value + "/accounts/USD", null},
            new String[] {"PUT", "/players/alice/accounts/" + value, null},
            new String[] {"GET", "/players/" + value + "/accounts/USD", null},
            new String[] {"GET", "/players/alice/accounts/" + value, null},
            new String[] {"POST", "/players/" + value + "/accounts/USD/deposits", deposit("d-1")},
            new String[] {"POST", "/players/alice/accounts/" + value + "/deposits", deposit("d-1")},
            new String[] {
              "POST", "/players/alice/accounts/" + value + "/withdrawals", deposit("w")
            },
            new String[] {"PUT", "/players/" + value + "/lock", null},
            new String[] {"DELETE", "/players/" + value + "/lock", null},
            new String[] {"GET", "/players/" + value + "/limits/USD", null},
            new String[] {"GET", "/players/alice/limits/" + value, null},
            new String[] {"PUT", "/players/" + value + "/limits/USD", "{}"},
            new String[] {"PUT", "/players/alice/limits/" + value, "{}"},
            new String[] {"GET", "/players/" + value + "/ledger?currency=USD", null},
            new String[] {"GET", "/players/alice/ledger?currency=" + value, null},
            new String[] {"DELETE", "/sessions/" + value, null},
            new String[] {"GET", "/bets/" + value + "/bet-1", null},
            new String[] {"GET", "/bets/kyren/" + value, null});
    for (String[] call : calls) {
      refused(call[0], call[1], call[2]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unstorableBodyValues")
  void unstorableBodyFields_answer422(String what, String value) {
    refused("POST", "/players/alice/accounts/USD/deposits", deposit(value));
    refused("POST", "/players/alice/accounts/USD/withdrawals", deposit(value));
    refused("POST", "/sessions", session(value, "USD", "session-2"));
    refused("POST", "/sessions", session("alice", value, "session-2"));
    refused("POST", "/sessions", session("alice", "USD", value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P36501D", "PT876001H", "PT2562047788015215H"})
  void anAgeOverACentury_answers422(String age) {
    refused("GET", "/reconciliation?openOlderThan=" + age, null);
  }

  @Test
  void theSameCallsWithStorableValues_succeed() {
    assertThat(call("GET", "/players/alice/accounts/USD", null).status()).isEqualTo(200);
    assertThat(call("GET", "/players/alice/ledger?currency=USD", null).status()).isEqualTo(200);
    assertThat(call("POST", "/players/alice/accounts/USD/deposits", deposit("d-\\u00e9")).status())
        .isEqualTo(200);
    assertThat(call("POST", "/sessions", session("alice", "USD", "s-\\ud83c\\udfb0")).status())
        .isEqualTo(201);
    assertThat(call("GET", "/reconciliation?openOlderThan=P36500D", null).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%ED%A0%80", "%C0%AF", "%FF", "%E2%82", "%G1", "%2", "pl%"})
  void malformedPercentEncoding_answers400_neverAReplacementCharacter(String encoded) {
    refused("PUT", "/players/" + encoded + "/accounts/USD", null, 400);
    refused("GET", "/players/alice/ledger?currency=" + encoded, null, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eda080", "c0af", "ff", "e282"})
  void bodyBytesThatAreNotUtf8_answer400_soTwoSuchReferencesNeverBecomeOne(String hex) {
    byte[] malformed = HexFormat.of().parseHex(hex);
    String prefix = "{\"amount\":\"1.00\",\"reference\":\"ref-";
    byte[] body = new byte[prefix.length() + malformed.length + 2];
    System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, body, 0, prefix.length());
    System.arraycopy(malformed, 0, body, prefix.length(), malformed.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = '}';

    Stored before = stored();
    Reply reply = send("POST", "/players/alice/accounts/USD/deposits", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(stored()).isEqualTo(before);
  }

  // The line behind the check: a value the database itself refuses as data is 422, not 503.
  @Test
  void aValueTheDatabaseRefusesAsData_answers422NeverRetry() {
    wallet
        .memory()
        .injectFaults(
            operation -> {
              if (operation.equals("accounts.book")) {
                throw new UnstorableValueException("22003", null);
              }
            });

    refused("POST", "/players/alice/accounts/USD/deposits", deposit("d-2"));
  }

  private void refused(String method, String path, String body) {
    refused(method, path, body, 422);
  }

  private void refused(String method, String path, String body, int status) {
    Stored before = stored();

    Reply reply = call(method, path, body);

    assertThat(reply.status()).as(method + " " + path).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    JsonNode problem = read(reply);
    assertThat(problem.get("detail").textValue()).doesNotContain("secret");
    assertThat(stored()).as(method + " " + path).isEqualTo(before);
  }

  private Reply call(String method, String path, String body) {
    return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(String method, String path, byte[] body) {
    int query = path.indexOf('?');
    Map<String, List<String>> headers =
        Map.of(
            "Authorization", List.of("Bearer " + KEY),
            "Content-Type", List.of("application/json"));
    return api.handle(
        new Exchange(
            method,
            OperatorApi.PREFIX + (query < 0 ? path : path.substring(0, query)),
            query < 0 ? null : path.substring(query + 1),
            headers,
            body,
            "127.0.0.1"));
  }

  private static String deposit(String reference) {
    return "{\"amount\":\"1.00\",\"reference\":\"" + reference + "\"}";
  }

  private static String session(String player, String currency, String id) {
    return "{\"playerId\":\""
        + player
        + "\",\"currency\":\""
        + currency
        + "\",\"sessionId\":\""
        + id
        + "\"}";
  }

  /** Everything a call could have stored: accounts with balances and locks, entries, sessions. */
  record Stored(List<Account> accounts, int ledgerEntries, SessionState session, boolean other) {}

  private Stored stored() {
    return wallet
        .transactions()
        .inTransaction(
            s ->
                new Stored(
                    s.accounts().findAccountsAfter(null, 100),
                    wallet.memory().ledgerEntryCount(),
                    s.sessions().find(new SessionId(SESSION)).orElseThrow().state(),
                    s.sessions().find(new SessionId("session-2")).isPresent()));
  }

  private static JsonNode read(Reply reply) {
    try {
      return MAPPER.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
