package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Snapshot;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.port.out.UnstorableValueException;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * F2 for text a database cannot store as sent: a NUL (PostgreSQL refuses it), an unpaired UTF-16
 * surrogate (a JSON {@code \ud800} escape; UTF-8 has no form for it, so it would be written as
 * {@code ?}) and a value longer than its column, in every string field each call reads, answer
 * {@code INVALID_PARAMETER} with HTTP 200 before any use case runs: nothing is stored and the call
 * report carries no such id. Never 503 {@code TEMPORARY_ERROR}: a retry could not succeed.
 */
class LuckyMonacoUnstorableInputTest {
  private static final String UUID = "unstorable-1";
  private static final String OPEN_TX = "tx-open";
  private static final String NEW_TX = "tx-new";

  // Every non-ASCII character as a \\uXXXX escape, so a lone surrogate reaches the parser intact
  // (as UTF-8 bytes it would have become '?' in the test already).
  private static final ObjectWriter ESCAPING =
      LuckyMonacoTestClient.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();
  private Snapshot before;

  @BeforeEach
  void anOpenBet() {
    lm.post("bet", lm.bet(lm.nextId(), OPEN_TX, "10.00")).isFirst("OK");
    before = lm.snapshot();
  }

  private ObjectNode validBody(String call) {
    switch (call) {
      case "check":
        return lm.check(UUID);
      case "balance":
        return lm.balance(UUID);
      case "bet":
        return lm.bet(UUID, NEW_TX, "1.00");
      case "win":
        return lm.win(UUID, NEW_TX, "1.00", "ok").put("bonus", "FS-1");
      case "cancel":
        return lm.cancel(UUID, OPEN_TX);
      default:
        throw new IllegalArgumentException(call);
    }
  }

  /**
   * Every string field each call reads: the required ones, both spellings of the player, the win's
   * optional sid and bonus, the bet's optional gameid.
   */
  static Stream<Arguments> stringFields() {
    return Stream.concat(
        LuckyMonacoBadInputTest.requiredStringFields(),
        Stream.of(
            Arguments.of("check", "userId"),
            Arguments.of("balance", "userId"),
            Arguments.of("win", "sid"),
            Arguments.of("win", "bonus"),
            Arguments.of("bet", "gameid")));
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
  void F2_unstorableText_invalidParameterAndNothingStored(String call, String field, String value) {
    ObjectNode body = validBody(call);
    setField(body, field, value);

    Reply reply = lm.post(call, escaped(body));

    reply.isFirst("INVALID_PARAMETER").isBare();
    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(UUID)).isFalse();
    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, NEW_TX)).isEmpty();
    assertThat(lm.wallet.storedWin(Integration.LUCKYMONACO, UUID)).isEmpty();
    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, OPEN_TX).orElseThrow().state())
        .isEqualTo(BetState.OPEN);
    assertThat(sessionState()).isEqualTo(SessionState.ACTIVE);
    CallReport report = lm.reports.get(lm.reports.size() - 1);
    assertThat(report.outcome()).isEqualTo("INVALID_PARAMETER");
    assertThat(report.requestId()).isIn(UUID, null);
    assertThat(report.key()).isIn(UUID, NEW_TX, OPEN_TX, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "balance", "bet", "win", "cancel"})
  void theSameBodiesEscapedTheSameWay_areAccepted(String call) {
    lm.post(call, escaped(validBody(call))).isFirst("OK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Caf\u00E9 \uD83C\uDFB0", "tab\there", "\u00A0", "\uFFFF"})
  void F2_storableUnusualText_isAcceptedAndKeptAsSent(String transactionId) {
    lm.post("bet", escaped(lm.bet(UUID, transactionId, "1.00"))).isFirst("OK");

    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, transactionId).orElseThrow().key().value())
        .isEqualTo(transactionId);
  }

  // The line behind the check: a value the database itself refuses as data is bad input too.
  @ParameterizedTest
  @ValueSource(strings = {"bet", "win", "cancel"})
  void F2_aValueTheDatabaseRefusesAsData_invalidParameterNever503(String call) {
    lm.wallet
        .memory()
        .injectFaults(
            operation -> {
              if (operation.equals("accounts.book")) {
                throw new UnstorableValueException("22003", null);
              }
            });

    Reply reply = lm.post(call, escaped(validBody(call)));

    reply.isFirst("INVALID_PARAMETER").isBare();
    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(UUID)).isFalse();
  }

  private SessionState sessionState() {
    return lm.wallet
        .transactions()
        .inTransaction(s -> s.sessions().find(new SessionId(lm.sid)).orElseThrow().state());
  }

  private static void setField(ObjectNode body, String path, String value) {
    if (path.equals("userid") || path.equals("userId")) {
      body.remove("userid");
      body.remove("userId");
      body.put(path, value);
    } else if (path.startsWith("transaction.")) {
      ((ObjectNode) body.get("transaction")).put(path.substring("transaction.".length()), value);
    } else {
      body.put(path, value);
    }
  }

  private static String escaped(ObjectNode body) {
    try {
      return ESCAPING.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
