package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input list (F2): each gets its code with HTTP 200 (413 for the oversized body), no stack
 * trace, and stores nothing: no request record for its uuid, no bet row, no ledger entry, the
 * balance unchanged.
 */
class KyrenBadInputTest {
  private static final String ROUND = "round-9";
  private static final String OPEN_BET = "open-bet";

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

  private Map<String, Object> newBet(Object amount) {
    return KyrenBodies.bet(uuid, session, ROUND, "new-bet", amount);
  }

  private Map<String, Object> body(String call) {
    switch (call) {
      case "Check":
        return KyrenBodies.check(uuid, session);
      case "Balance":
        return KyrenBodies.balance(uuid, session);
      case "Bet":
        return newBet("1.00");
      case "Result":
        return KyrenBodies.result(uuid, ROUND, "win-1", "5.00");
      case "EndRound":
        return KyrenBodies.endRound(uuid, ROUND);
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

  /** Sends the body and asserts the code and that nothing at all was stored; returns the body. */
  private JsonNode refused(String call, byte[] body, int error) {
    KyrenHarness.Stored before = kyren.stored();
    JsonNode answer = KyrenHarness.answer(kyren.post(call, body), error);
    assertThat(kyren.stored()).isEqualTo(before);
    assertThat(kyren.recorded(uuid)).isFalse();
    assertThat(kyren.wallet.bet(Integration.KYREN, "new-bet")).isEmpty();
    assertThat(answer.has("transactionId")).isFalse();
    return answer;
  }

  private JsonNode refused(String call, String body, int error) {
    return refused(call, body.getBytes(StandardCharsets.UTF_8), error);
  }

  private JsonNode refused(String call, Map<String, Object> body, int error) {
    return refused(call, KyrenHarness.write(body), error);
  }

  static Stream<Arguments> requiredFields() {
    Map<String, List<String>> required =
        Map.of(
            "Check", List.of("providerId", "userId", "currency", "sessionId", "uuid"),
            "Balance", List.of("providerId", "userId", "currency", "sessionId", "uuid"),
            "Bet",
                List.of(
                    "uuid",
                    "userId",
                    "gameId",
                    "gameName",
                    "roundId",
                    "amount",
                    "reference",
                    "sessionId",
                    "providerId",
                    "currency"),
            "Result",
                List.of(
                    "uuid",
                    "userId",
                    "gameId",
                    "gameName",
                    "roundId",
                    "amount",
                    "reference",
                    "currency",
                    "providerId"),
            "EndRound", List.of("uuid", "userId", "gameId", "roundId", "providerId", "currency"),
            "SessionExpired", List.of("providerId", "sessionId", "userId", "uuid"),
            "Cancel",
                List.of(
                    "userId",
                    "sessionId",
                    "providerId",
                    "gameName",
                    "currency",
                    "reference",
                    "roundId",
                    "gameId",
                    "uuid"),
            "Refund",
                List.of(
                    "userId",
                    "providerId",
                    "gameName",
                    "currency",
                    "roundId",
                    "reference",
                    "gameId",
                    "uuid"));
    return required.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(field -> Arguments.of(e.getKey(), field)));
  }

  static Stream<Arguments> requiredStringFields() {
    return requiredFields().filter(a -> !"amount".equals(a.get()[1]));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredFields")
  void missingRequiredField_answers64NamingIt(String call, String field) {
    Map<String, Object> body = body(call);
    body.remove(field);

    JsonNode answer = refused(call, body, 64);

    assertThat(answer.get("description").textValue())
        .isEqualTo("Validation failed. Empty mandatory field '" + field + "'");
  }

  @ParameterizedTest(name = "{0} with empty {1}")
  @MethodSource("requiredFields")
  void emptyStringField_answers64NamingIt(String call, String field) {
    Map<String, Object> body = body(call);
    body.put(field, "");

    JsonNode answer = refused(call, body, 64);

    assertThat(answer.get("description").textValue()).endsWith("'" + field + "'");
  }

  @ParameterizedTest(name = "{0} with null {1}")
  @MethodSource("requiredFields")
  void nullField_answers64(String call, String field) {
    Map<String, Object> body = body(call);
    body.put(field, null);
    refused(call, body, 64);
  }

  @ParameterizedTest(name = "{0} with blank {1}")
  @MethodSource("requiredStringFields")
  void blankIdentifier_answers64(String call, String field) {
    Map<String, Object> body = body(call);
    body.put(field, "   ");
    refused(call, body, 64);
  }

  @ParameterizedTest(name = "{0} with a number as {1}")
  @MethodSource("requiredStringFields")
  void numberWhereStringRequired_answers57(String call, String field) {
    Map<String, Object> body = body(call);
    body.put(field, 123456);

    JsonNode answer = refused(call, body, 57);

    assertThat(answer.get("description").textValue())
        .isEqualTo("Invalid parameters: '" + field + "' must be a string");
  }

  @ParameterizedTest(name = "{0} with a 256-character {1}")
  @MethodSource("requiredStringFields")
  void identifierOver255Characters_answers57(String call, String field) {
    Map<String, Object> body = body(call);
    body.put(field, "x".repeat(256));
    refused(call, body, 57);
  }

  @Test
  void objectWhereAmount_answers57() {
    refused("Bet", newBet(Map.of("value", "1.00")), 57);
  }

  @Test
  void arrayOrBooleanWhereAmount_answers57() {
    refused("Bet", newBet(List.of("1.00")), 57);
    refused("Bet", newBet(true), 57);
    refused("Result", KyrenBodies.result(uuid, ROUND, "win-1", Map.of()), 57);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"uuid\": \"a\",", "{\"uuid\" \"a\"}", "{'uuid':'a'}", ""})
  void notJsonOrTruncated_answers57(String text) {
    refused("Bet", text, 57);
  }

  @Test
  void truncatedValidBody_answers57() {
    String full = KyrenHarness.write(newBet("1.00"));
    refused("Bet", full.substring(0, full.length() - 2), 57);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"uuid\":\"a\"}]", "42", "\"text\"", "null", "true"})
  void arrayOrScalarAtTopLevel_answers57(String text) {
    JsonNode answer = refused("Bet", text, 57);
    assertThat(answer.get("description").textValue()).startsWith("Invalid parameters: ");
  }

  @Test
  void trailingTokensAfterTheObject_answer57() {
    refused("Bet", KyrenHarness.write(newBet("1.00")) + " {}", 57);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1.00", "0", "0.00", "-0.01"})
  void M3_negativeOrZeroStake_answers59(String amount) {
    refused("Bet", newBet(amount), 59);
  }

  @Test
  void M3_negativeOrZeroStakeAsNumber_answers59() {
    refused("Bet", newBet(-5), 59);
    refused("Bet", newBet(0), 59);
  }

  @Test
  void M3_negativeWin_answers59() {
    refused("Result", KyrenBodies.result(uuid, ROUND, "win-1", "-1.00"), 59);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.001", "0.005", "10.123456789"})
  void M2_tooManyDecimals_answers59(String amount) {
    refused("Bet", newBet(amount), 59);
  }

  @Test
  void M2_tooManyDecimalsAsNumber_answers59() {
    refused("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", "1.001"), 59);
  }

  @Test
  void M3_amountAboveTheMaximum_answers59() {
    refused("Bet", newBet("1000000000000.01"), 59);
  }

  @Test
  void exponent1e400AsNumber_answers59() {
    refused("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", "1e400"), 59);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-2147483649", "1e2147483648", "1E+2147483647", "1e-2147483648"})
  void exponentBeyondTheScaleRange_isNeverAnInternalError(String number) {
    JsonNode answer =
        KyrenHarness.wellFormed(
            kyren.post("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", number)));
    assertThat(answer.get("error").intValue()).isIn(57, 59);
    assertThat(kyren.recorded(uuid)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E2", "1e3", "2.5E1", "25E-1", "1.00e0", "1E+2", "0E0"})
  void M3_aJsonNumberInExponentForm_answers59LikeTheString(String number) {
    refused("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", number), 59);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.50", "3", "0.01", "2.5"})
  void M1_aJsonNumberWrittenPlainly_isBookedExactly(String number) {
    KyrenHarness.answer(
        kyren.post("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", number)), 0);

    assertThat(kyren.wallet.bookedBet(Integration.KYREN, "new-bet").orElseThrow().stake())
        .isEqualByComparingTo(number);
  }

  @Test
  void exponentAsString_answers59() {
    refused("Bet", newBet("1e400"), 59);
    refused("Bet", newBet("1E2"), 59);
  }

  @Test
  void bareNaN_isNotJsonAndAnswers57() {
    refused("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", "NaN"), 57);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
  void nanAsString_answers59(String amount) {
    refused("Bet", newBet(amount), 59);
  }

  @ParameterizedTest
  @ValueSource(strings = {" 1.00", "1.00 ", "1 000.00", "+1.00", "1,00", ".5", "1.", "0x10"})
  void amountWithSpacesPlusSignOrOtherForms_answers59(String amount) {
    refused("Bet", newBet(amount), 59);
  }

  @Test
  void barePlusSignNumber_isNotJsonAndAnswers57() {
    refused("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", "+1.00"), 57);
  }

  @Test
  void numberLongerThan64Digits_answers57() {
    refused("Bet", KyrenHarness.write(newBet("x")).replace("\"x\"", "1" + "0".repeat(64)), 57);
  }

  @Test
  void unknownCurrency_answers71() {
    Map<String, Object> bet = newBet("1.00");
    bet.put("currency", "QQQ");
    JsonNode answer = refused("Bet", bet, 71);
    assertThat(answer.get("description").textValue())
        .isEqualTo("Currency code 'QQQ' is unsupported");
  }

  @Test
  void unknownCurrencyThatIsNotACode_answers71WithoutEchoingIt() {
    Map<String, Object> bet = newBet("1.00");
    bet.put("currency", "<script>\"");
    JsonNode answer = refused("Bet", bet, 71);
    assertThat(answer.get("description").textValue()).isEqualTo("Currency code is unsupported");
  }

  // Text that is no currency code is answered as an unconfigured currency, by every call naming
  // one, and is quoted when it is plain letters or digits.
  @ParameterizedTest
  @ValueSource(strings = {"Check", "Balance", "Bet", "Result", "EndRound", "Cancel", "Refund"})
  void textThatIsNoCurrencyCode_answers71(String call) {
    Map<String, Object> body = body(call);
    body.put("currency", "usd");
    JsonNode answer = refused(call, body, 71);
    assertThat(answer.get("description").textValue())
        .isEqualTo("Currency code 'usd' is unsupported");
    assertThat(kyren.reports.get(kyren.reports.size() - 1).outcome())
        .isEqualTo("UNSUPPORTED_CURRENCY");
  }

  // S1: Check and Balance look at the session before the currency.
  @ParameterizedTest
  @ValueSource(strings = {"Check", "Balance"})
  void textThatIsNoCurrencyCode_inAnUnknownSession_answers55(String call) {
    Map<String, Object> body = body(call);
    body.put("currency", "usd");
    body.put("sessionId", "no-such-session");
    refused(call, body, 55);
  }

  // The amount's form is checked once every field was read, before the currency is looked at;
  // its range after.
  @Test
  void textThatIsNoCurrencyCode_withAnExponentAmount_answers59_andWithANegativeOne71() {
    Map<String, Object> bet = newBet("1e3");
    bet.put("currency", "usd");
    refused("Bet", bet, 59);

    bet.put("amount", "-1.00");
    refused("Bet", bet, 71);
  }

  // Unlike the malformed inputs, this body is well formed: I1 records its refusal (so a retry
  // replays it), but no money moves and no bet row appears.
  @Test
  void currencyOfAnotherAccount_answers52AndMovesNothing() {
    kyren.player("other", "EUR", "100.00");
    Map<String, Object> bet = newBet("1.00");
    bet.put("currency", "EUR");
    KyrenHarness.Stored before = kyren.stored();

    KyrenHarness.answer(kyren.post("Bet", bet), 52);

    KyrenHarness.Stored after = kyren.stored();
    assertThat(after.betRows()).isEqualTo(before.betRows());
    assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries());
    assertThat(after.balance()).isEqualByComparingTo(before.balance());
    assertThat(kyren.wallet.bet(Integration.KYREN, "new-bet")).isEmpty();
    assertThat(kyren.wallet.request(Integration.KYREN, uuid).orElseThrow().outcome().result())
        .isEqualTo("CURRENCY_MISMATCH");
  }

  @Test
  void nesting33Deep_answers57() {
    refused("Bet", withRoundDetailsNested(32), 57);
  }

  @Test
  void nesting32Deep_isAccepted() {
    KyrenHarness.answer(kyren.post("Bet", withRoundDetailsNested(31)), 0);
  }

  // The body object is one level; roundDetails adds `levels` more.
  private String withRoundDetailsNested(int levels) {
    String nested = "[".repeat(levels) + "]".repeat(levels);
    String body =
        KyrenHarness.write(newBet("1.00"))
            .replace("\"roundDetails\":{\"table\":\"7\"}", "\"roundDetails\":" + nested);
    assertThat(body).contains(nested);
    return body;
  }

  @Test
  void oneMebibyteBody_answers413WithoutBody() {
    KyrenHarness.Stored before = kyren.stored();
    String padding = "x".repeat(1024 * 1024);
    Map<String, Object> bet = newBet("1.00");
    bet.put("roundDetails", padding);

    Reply response = kyren.post("Bet", KyrenHarness.write(bet));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body()).isEmpty();
    assertThat(kyren.stored()).isEqualTo(before);
    assertThat(kyren.recorded(uuid)).isFalse();
  }

  @Test
  void stringLongerThan4096Characters_answers57() {
    Map<String, Object> bet = newBet("1.00");
    bet.put("roundDetails", "x".repeat(4097));
    refused("Bet", bet, 57);
  }

  @ParameterizedTest
  @ValueSource(strings = {"c328", "c0af", "eda080", "f4908080", "ff", "e282"})
  void invalidUtf8_answers57(String hex) {
    String json = KyrenHarness.write(newBet("1.00"));
    int at = json.indexOf(KyrenBodies.GAME_NAME) + 5;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(HexFormat.of().parseHex(hex));
    bytes.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));

    JsonNode answer = refused("Bet", bytes.toByteArray(), 57);

    assertThat(answer.get("description").textValue()).contains("UTF-8");
  }

  @Test
  void duplicateKeys_answer57() {
    String json = KyrenHarness.write(newBet("1.00"));
    refused("Bet", json.replace("{\"uuid\"", "{\"amount\":\"2.00\",\"uuid\""), 57);
    refused("Bet", json.replace("{\"table\":\"7\"}", "{\"table\":\"7\",\"table\":\"8\"}"), 57);
  }

  @Test
  void I3_requestIdReusedWithOtherContent_answers57AndChangesNothing() {
    KyrenHarness.answer(kyren.post("Bet", newBet("1.00")), 0);
    var recorded = kyren.wallet.request(Integration.KYREN, uuid).orElseThrow();
    KyrenHarness.Stored before = kyren.stored();

    Map<String, Object> other = KyrenBodies.bet(uuid, session, ROUND, "another-bet", "2.00");
    KyrenHarness.answer(kyren.post("Bet", other), 57);

    assertThat(kyren.stored()).isEqualTo(before);
    assertThat(kyren.wallet.request(Integration.KYREN, uuid)).contains(recorded);
    assertThat(kyren.wallet.bet(Integration.KYREN, "another-bet")).isEmpty();
  }

  @Test
  void I3_requestIdReusedByAnotherCall_answers57() {
    KyrenHarness.answer(kyren.post("Bet", newBet("1.00")), 0);
    KyrenHarness.Stored before = kyren.stored();

    KyrenHarness.answer(
        kyren.post("Cancel", KyrenBodies.cancel(uuid, session, ROUND, OPEN_BET)), 57);

    assertThat(kyren.stored()).isEqualTo(before);
  }
}
