package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Snapshot;
import dev.walletgate.domain.model.Integration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input list of the issue (the Kyren list): each answered {@code INVALID_PARAMETER} with
 * HTTP 200 (413 for the oversized body), a body of only status and uuid (no stack trace), and
 * nothing stored: no request record, no bet row, no ledger entry, balances unchanged (F2).
 */
class LuckyMonacoBadInputTest {
  private static final String UUID = "bad-request-1";
  private static final String TX = "tx-bad";

  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();
  private final Snapshot before = lm.snapshot();

  private void assertRejected(Reply reply) {
    reply.isFirst("INVALID_PARAMETER").isBare();
    assertThat(reply.text()).doesNotContain("Exception", "at com.", "at dev.", "line:", "column");
    assertNothingStored();
  }

  private void assertNothingStored() {
    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(UUID)).isFalse();
  }

  private ObjectNode validBody(String call) {
    switch (call) {
      case "check":
        return lm.check(UUID);
      case "balance":
        return lm.balance(UUID);
      case "bet":
        return lm.bet(UUID, TX, "1.00");
      case "win":
        return lm.win(UUID, TX, "1.00", "ok").put("bonus", "FS-1");
      case "cancel":
        return lm.cancel(UUID, TX);
      default:
        throw new IllegalArgumentException(call);
    }
  }

  private Reply betWithAmount(String amountJson) {
    String body = lm.bet(UUID, TX, "__AMOUNT__").toString().replace("\"__AMOUNT__\"", amountJson);
    return lm.post("bet", body);
  }

  // The valid bodies themselves pass, so every case below fails for its one defect.

  @ParameterizedTest
  @ValueSource(strings = {"check", "balance", "bet", "win", "cancel"})
  void validBodies_areAccepted(String call) {
    assertThat(lm.post(call, validBody(call)).status()).isEqualTo("OK");
  }

  // Not JSON, truncated, wrong top level.

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json at all",
        "{\"sid\": \"sid-player-1\", \"userid\": \"player-1\", \"transaction\": {\"id\": \"tx",
        "[]",
        "[{\"uuid\":\"bad-request-1\"}]",
        "\"a string\"",
        "42",
        "true",
        "null",
        "",
        "{}",
        "{\"uuid\":\"bad-request-1\"} {\"uuid\":\"x\"}"
      })
  void F2_notAJsonObject_invalidParameter(String body) {
    assertRejected(lm.post("bet", body));
  }

  // Missing each required field, per call.

  static Stream<Arguments> requiredFields() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : List.of("sid", "userid", "uuid")) {
      cases.add(Arguments.of("check", field));
    }
    for (String field : List.of("sid", "userid", "currency", "uuid")) {
      cases.add(Arguments.of("balance", field));
    }
    for (String field :
        List.of(
            "sid",
            "userid",
            "currency",
            "uuid",
            "transaction",
            "transaction.id",
            "transaction.amount")) {
      cases.add(Arguments.of("bet", field));
    }
    for (String field :
        List.of(
            "userid", "currency", "uuid", "transaction", "transaction.id", "transaction.amount")) {
      cases.add(Arguments.of("win", field));
    }
    for (String field : List.of("sid", "userid", "uuid", "transaction", "transaction.id")) {
      cases.add(Arguments.of("cancel", field));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("requiredFields")
  void F2_missingRequiredField_invalidParameter(String call, String field) {
    ObjectNode body = validBody(call);
    removeField(body, field);

    assertRejected(lm.post(call, body));
  }

  @ParameterizedTest(name = "{0} with {1} null")
  @MethodSource("requiredFields")
  void F2_requiredFieldNull_invalidParameter(String call, String field) {
    ObjectNode body = validBody(call);
    setField(body, field, JsonNodeFactory.instance.nullNode());

    assertRejected(lm.post(call, body));
  }

  // Empty strings and wrong types.

  static Stream<Arguments> requiredStringFields() {
    return requiredFields()
        .filter(a -> !List.of("transaction", "transaction.amount").contains(a.get()[1]));
  }

  @ParameterizedTest(name = "{0} with {1} empty")
  @MethodSource("requiredStringFields")
  void F2_emptyString_invalidParameter(String call, String field) {
    ObjectNode body = validBody(call);
    setField(body, field, JsonNodeFactory.instance.textNode(""));

    assertRejected(lm.post(call, body));
  }

  @ParameterizedTest(name = "{0} with {1} blank")
  @MethodSource("requiredStringFields")
  void F2_blankString_invalidParameter(String call, String field) {
    ObjectNode body = validBody(call);
    setField(body, field, JsonNodeFactory.instance.textNode("   "));

    assertRejected(lm.post(call, body));
  }

  @ParameterizedTest(name = "{0} with {1} a number")
  @MethodSource("requiredStringFields")
  void F2_numberWhereStringRequired_invalidParameter(String call, String field) {
    ObjectNode body = validBody(call);
    setField(body, field, JsonNodeFactory.instance.numberNode(12345));

    assertRejected(lm.post(call, body));
  }

  @ParameterizedTest(name = "{0} with {1} too long")
  @MethodSource("requiredStringFields")
  void F2_identifierOver255Characters_invalidParameter(String call, String field) {
    ObjectNode body = validBody(call);
    setField(body, field, JsonNodeFactory.instance.textNode("x".repeat(256)));

    assertRejected(lm.post(call, body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":\"1.00\"}", "[\"1.00\"]", "true", "false"})
  void F2_objectArrayOrBooleanAsAmount_invalidParameter(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bet", "win", "cancel"})
  void F2_transactionNotAnObject_invalidParameter(String call) {
    ObjectNode body = validBody(call);
    body.put("transaction", "tx-bad");

    assertRejected(lm.post(call, body));
  }

  // Amounts.

  @ParameterizedTest
  @ValueSource(strings = {"\"-1.00\"", "-1", "\"0\"", "0", "\"0.00\"", "0.0"})
  void M3_negativeOrZeroStake_invalidParameter(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"1.001\"", "1.001", "\"0.000000001\""})
  void M2_tooManyDecimals_invalidParameter(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "\"1e400\"", "1E400", "1e-400", "\"1E2\"", "1e999999999"})
  void M3_exponentAmounts_invalidParameter(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E2", "1e3", "2.5E1", "25E-1", "1.00e0", "1E+2", "0E0"})
  void M3_aJsonNumberInExponentForm_invalidParameterLikeTheString(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.50", "3", "0.01", "2.5"})
  void M1_aJsonNumberWrittenPlainly_isBookedExactly(String amountJson) {
    assertThat(betWithAmount(amountJson).status()).isEqualTo("OK");

    assertThat(lm.wallet.bookedBet(Integration.LUCKYMONACO, TX).orElseThrow().stake())
        .isEqualByComparingTo(amountJson);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"NaN\"", "NaN", "\"Infinity\"", "-Infinity", "\"nan\""})
  void M3_notANumber_invalidParameter(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\" 1.00\"",
        "\"1.00 \"",
        "\"1 000.00\"",
        "\"+1.00\"",
        "+1.00",
        "\"1,00\"",
        "\"\""
      })
  void M1_amountWithSpacesPlusOrComma_invalidParameter(String amountJson) {
    assertRejected(betWithAmount(amountJson));
  }

  @Test
  void M3_amountOverTheCeiling_invalidParameter() {
    assertRejected(betWithAmount("\"10000000000000.00\""));
  }

  @Test
  void M3_numberLongerThan64Digits_invalidParameter() {
    assertRejected(betWithAmount("1" + "0".repeat(70)));
  }

  @Test
  void M3_negativeWin_invalidParameter() {
    assertRejected(lm.post("win", lm.win(UUID, TX, "-1.00", "ok").put("bonus", "FS-1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"win", "jackpot"})
  void W_badBreakdownAmount_invalidParameter(String field) {
    ObjectNode body = validBody("win");
    ((ObjectNode) body.get("transaction")).put(field, "ten");

    assertRejected(lm.post("win", body));
  }

  @Test
  void R2_isEndRoundOfWrongType_invalidParameter() {
    ObjectNode body = validBody("win");
    ((ObjectNode) body.get("transaction")).put("is_end_round", 1);

    assertRejected(lm.post("win", body));
  }

  // Currencies and players.

  @ParameterizedTest
  @ValueSource(strings = {"bet", "win", "balance"})
  void M2_unknownCurrency_invalidParameter(String call) {
    assertRejected(lm.post(call, validBody(call).put("currency", "ZZZ")));
  }

  // A currency the player has no account in, and an unknown player, are business refusals of a
  // well-formed request (B5): the answer is INVALID_PARAMETER and nothing moves, but I1 keeps the
  // refusal as the request's outcome so that a retry of it replays the same answer.

  @Test
  void B5_currencyOfAnotherAccount_balance_invalidParameter() {
    assertRejected(lm.post("balance", validBody("balance").put("currency", "USD")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bet", "win"})
  void B5_currencyOfAnotherAccount_invalidParameterAndNothingMoves(String call) {
    Reply reply = lm.post(call, validBody(call).put("currency", "USD"));

    assertRefusedWithoutEffect(reply, "CURRENCY_MISMATCH");
  }

  @Test
  void B5_unknownPlayer_bet_invalidParameterAndNothingMoves() {
    lm.openSession("ghost", "sid-ghost");

    Reply reply = lm.post("bet", validBody("bet").put("userid", "ghost").put("sid", "sid-ghost"));

    assertRefusedWithoutEffect(reply, "PLAYER_NOT_FOUND");
  }

  private void assertRefusedWithoutEffect(Reply reply, String recordedRefusal) {
    reply.isFirst("INVALID_PARAMETER").isBare();
    Snapshot after = lm.snapshot();
    assertThat(after.betRows()).isEqualTo(before.betRows());
    assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries());
    assertThat(after.balance()).isEqualByComparingTo(before.balance());
    assertThat(after.other()).isEqualByComparingTo(before.other());
    assertThat(lm.wallet.request(dev.walletgate.domain.model.Integration.LUCKYMONACO, UUID))
        .hasValueSatisfying(r -> assertThat(r.outcome().result()).isEqualTo(recordedRefusal));
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "balance", "bet", "win", "cancel"})
  void F2_useridAndUserIdDiffer_invalidParameter(String call) {
    ObjectNode body = validBody(call);
    LuckyMonacoTestClient.drop(body, "userId");
    LuckyMonacoTestClient.drop(body, "userid");
    body.put("userid", LuckyMonacoTestClient.PLAYER)
        .put("userId", LuckyMonacoTestClient.OTHER_PLAYER);

    assertRejected(lm.post(call, body));
  }

  // Parser limits and encodings.

  @Test
  void F2_nesting33Deep_invalidParameter() {
    // The body object is level 1; 32 more arrays make 33.
    String nested = "[".repeat(32) + "]".repeat(32);
    String body = validBody("bet").toString().replaceFirst("\\{", "{\"deep\":" + nested + ",");

    assertRejected(lm.post("bet", body));
  }

  @Test
  void F2_nesting32Deep_isWithinTheLimit() {
    String nested = "[".repeat(31) + "]".repeat(31);
    String body = validBody("bet").toString().replaceFirst("\\{", "{\"deep\":" + nested + ",");

    assertThat(lm.post("bet", body).status()).isEqualTo("OK");
  }

  @Test
  void F2_oneMebibyteBody_413AndNothingStored() {
    String padding = "x".repeat(1024 * 1024);
    String body = validBody("bet").put("padding", padding).toString();

    Reply reply = lm.post("bet", body);

    assertThat(reply.http()).isEqualTo(413);
    assertThat(reply.response.body()).isEmpty();
    assertNothingStored();
  }

  @Test
  void F2_stringOver4096Characters_invalidParameter() {
    assertRejected(lm.post("bet", validBody("bet").put("gameName", "x".repeat(5000))));
  }

  @Test
  void F2_invalidUtf8_invalidParameter() {
    byte[] valid =
        validBody("bet").put("gameName", "@@").toString().getBytes(StandardCharsets.UTF_8);
    String text = new String(valid, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("@@");
    valid[at] = (byte) 0xC3; // a lead byte followed by '@' is malformed
    valid[at + 1] = (byte) 0x28;

    assertRejected(
        lm.send(
            "POST",
            "/luckymonaco/bet",
            "authToken=" + LuckyMonacoTestClient.TOKEN,
            "application/json",
            valid));
  }

  @Test
  void F2_overlongUtf8Encoding_invalidParameter() {
    byte[] valid =
        validBody("bet").put("gameName", "@@").toString().getBytes(StandardCharsets.UTF_8);
    int at = new String(valid, StandardCharsets.ISO_8859_1).indexOf("@@");
    valid[at] = (byte) 0xC0; // overlong encoding of '/'
    valid[at + 1] = (byte) 0xAF;

    assertRejected(
        lm.send(
            "POST",
            "/luckymonaco/bet",
            "authToken=" + LuckyMonacoTestClient.TOKEN,
            "application/json",
            valid));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uuid", "sid", "currency"})
  void F2_duplicateKeys_invalidParameter(String field) {
    String body = validBody("bet").toString().replaceFirst("\\{", "{\"" + field + "\":\"dup\",");

    assertRejected(lm.post("bet", body));
  }

  @Test
  void F2_duplicateKeyInsideTransaction_invalidParameter() {
    String body =
        validBody("bet").toString().replace("\"transaction\":{", "\"transaction\":{\"id\":\"a\",");

    assertRejected(lm.post("bet", body));
  }

  // A request id reused with other content: the spec's table maps I3 (CONFLICTING_DUPLICATE) to
  // BET_ALREADY_EXIST, so that is the answer; nothing new is stored.

  @Test
  void I3_requestIdReusedWithOtherContent_betAlreadyExistAndNothingNewStored() {
    lm.post("bet", validBody("bet")).isFirst("OK");
    Snapshot afterFirst = lm.snapshot();

    Reply reply = lm.post("bet", lm.bet(UUID, "tx-other", "2.00"));

    reply.isFirst("BET_ALREADY_EXIST").isBare();
    assertThat(lm.snapshot()).isEqualTo(afterFirst);
    assertThat(lm.wallet.bet(dev.walletgate.domain.model.Integration.LUCKYMONACO, "tx-other"))
        .isEmpty();
  }

  private static void removeField(ObjectNode body, String path) {
    if (path.equals("userid")) {
      body.remove("userid");
      body.remove("userId");
    } else if (path.startsWith("transaction.")) {
      ((ObjectNode) body.get("transaction")).remove(path.substring("transaction.".length()));
    } else {
      body.remove(path);
    }
  }

  private static void setField(
      ObjectNode body, String path, com.fasterxml.jackson.databind.JsonNode value) {
    if (path.equals("userid")) {
      body.remove("userId");
      body.set("userid", value);
    } else if (path.startsWith("transaction.")) {
      ((ObjectNode) body.get("transaction")).set(path.substring("transaction.".length()), value);
    } else {
      body.set(path, value);
    }
  }
}
