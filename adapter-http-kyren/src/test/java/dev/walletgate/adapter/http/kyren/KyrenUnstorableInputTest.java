package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * F2 for text a database cannot store as sent: a NUL (PostgreSQL refuses it), an unpaired UTF-16
 * surrogate (a JSON {@code \ud800} escape; UTF-8 has no form for it, so it would be written as
 * {@code ?}) and a value longer than its column, in every string field each call reads, answer 57
 * before any use case runs: nothing is stored, the description does not repeat the value, and the
 * call report carries no such id. Never 998: a retry could not succeed.
 */
class KyrenUnstorableInputTest {
  private static final String ROUND = "round-9";
  private static final String OPEN_BET = "open-bet";
  private static final String NEW_KEY = "new-key";

  // Every non-ASCII character as a \\uXXXX escape, so a lone surrogate reaches the parser intact
  // (as UTF-8 bytes it would have become '?' in the test already).
  private static final ObjectWriter ESCAPING =
      KyrenHarness.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private final KyrenHarness kyren = new KyrenHarness();
  private SessionId session;
  private String uuid;

  @BeforeEach
  void anOpenBet() {
    session = kyren.player();
    KyrenHarness.answer(
        kyren.post("Bet", KyrenBodies.bet(kyren.nextId(), session, ROUND, OPEN_BET, "10.00")), 0);
    uuid = kyren.nextId();
  }

  private Map<String, Object> body(String call) {
    switch (call) {
      case "Check":
        return KyrenBodies.check(uuid, session);
      case "Balance":
        return KyrenBodies.balance(uuid, session);
      case "Bet":
        return KyrenBodies.bet(uuid, session, ROUND, NEW_KEY, "1.00");
      case "Result":
        return withSession(KyrenBodies.result(uuid, ROUND, NEW_KEY, "5.00"));
      case "EndRound":
        return withSession(KyrenBodies.endRound(uuid, ROUND));
      case "SessionExpired":
        return KyrenBodies.sessionExpired(uuid, session);
      case "Cancel":
        return KyrenBodies.cancel(uuid, session, ROUND, OPEN_BET);
      case "Refund":
        return KyrenBodies.refund(uuid, ROUND, OPEN_BET);
      default:
        throw new IllegalArgumentException(call);
    }
  }

  // Result and EndRound may carry the session; when they do, it is read like any identifier.
  private Map<String, Object> withSession(Map<String, Object> body) {
    body.put("sessionId", session.value());
    return body;
  }

  /** Every string field each call reads: the required ones and the optional sessionId. */
  static Stream<Arguments> stringFields() {
    return Stream.concat(
        KyrenBadInputTest.requiredStringFields(),
        Stream.of(Arguments.of("Result", "sessionId"), Arguments.of("EndRound", "sessionId")));
  }

  static Stream<Arguments> unstorableValues() {
    List<String> values =
        List.of(
            "secret\u0000id",
            "\u0000",
            "secret\uD800id",
            "secret\uDC00id",
            "secret\uDE00\uD83Cid",
            "secret" + "x".repeat(250));
    return stringFields()
        .flatMap(
            field -> values.stream().map(v -> Arguments.of(field.get()[0], field.get()[1], v)));
  }

  @ParameterizedTest(name = "{0} with {1} unstorable")
  @MethodSource("unstorableValues")
  void F2_unstorableText_answers57AndStoresNothing(String call, String field, String value) {
    Map<String, Object> body = body(call);
    body.put(field, value);
    KyrenHarness.Stored before = kyren.stored();

    JsonNode answer = KyrenHarness.answer(kyren.post(call, escaped(body)), 57);

    assertThat(answer.get("description").textValue())
        .startsWith("Invalid parameters: '" + field + "' ")
        .doesNotContain("secret");
    assertThat(answer.has("transactionId")).isFalse();
    assertThat(kyren.stored()).isEqualTo(before);
    assertThat(kyren.recorded(uuid)).isFalse();
    assertThat(kyren.wallet.bet(Integration.KYREN, NEW_KEY)).isEmpty();
    assertThat(kyren.wallet.storedWin(Integration.KYREN, NEW_KEY)).isEmpty();
    assertThat(kyren.wallet.bet(Integration.KYREN, OPEN_BET).orElseThrow().state())
        .isEqualTo(BetState.OPEN);
    assertThat(sessionState()).isEqualTo(SessionState.ACTIVE);
    CallReport report = kyren.reports.get(kyren.reports.size() - 1);
    assertThat(report.outcome()).isEqualTo("INVALID_PARAMETER");
    assertThat(report.requestId()).isIn(uuid, null);
    assertThat(report.key()).isIn(NEW_KEY, OPEN_BET, null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Check",
        "Balance",
        "Bet",
        "Result",
        "EndRound",
        "SessionExpired",
        "Cancel",
        "Refund"
      })
  void theSameBodiesEscapedTheSameWay_areAccepted(String call) {
    KyrenHarness.answer(kyren.post(call, escaped(body(call))), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Caf\u00E9 \uD83C\uDFB0", "tab\there", "\u00A0", "\uFFFF"})
  void F2_storableUnusualText_isAcceptedAndKeptAsSent(String key) {
    Map<String, Object> bet = KyrenBodies.bet(uuid, session, ROUND, key, "1.00");

    KyrenHarness.answer(kyren.post("Bet", escaped(bet)), 0);

    assertThat(kyren.wallet.bet(Integration.KYREN, key).orElseThrow().key().value()).isEqualTo(key);
  }

  private SessionState sessionState() {
    return kyren
        .wallet
        .transactions()
        .inTransaction(s -> s.sessions().find(session).orElseThrow().state());
  }

  private static String escaped(Map<String, Object> body) {
    try {
      return ESCAPING.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
