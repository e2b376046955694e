package dev.walletgate.adapter.http.kyren;

import static dev.walletgate.adapter.http.kyren.KyrenHarness.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules each Kyren call touches (B, W, R, S, I), over the wire. */
class KyrenCallsTest {
  private static final String ROUND = "round-3";

  private final KyrenHarness kyren = new KyrenHarness();
  private SessionId session;

  private Reply bet(String key, Object amount) {
    return kyren.post("Bet", KyrenBodies.bet(kyren.nextId(), session, ROUND, key, amount));
  }

  private Reply result(String key, Object amount) {
    return kyren.post("Result", KyrenBodies.result(kyren.nextId(), ROUND, key, amount));
  }

  private Reply endRound() {
    return kyren.post("EndRound", KyrenBodies.endRound(kyren.nextId(), ROUND));
  }

  // Bets.

  @Test
  void B1_bet_debitsTheStakeOnceAndRecordsTheRequest() {
    session = kyren.player();
    Map<String, Object> body = KyrenBodies.bet(kyren.nextId(), session, ROUND, "b1", "12.50");

    JsonNode answer = answer(kyren.post("Bet", body), 0);

    assertThat(answer.get("cash").textValue()).isEqualTo("987.50");
    assertThat(answer.get("currency").textValue()).isEqualTo("USD");
    assertThat(
            kyren
                .wallet
                .bookedBet(Integration.KYREN, "b1")
                .orElseThrow()
                .debitTransaction()
                .value())
        .isEqualTo(answer.get("transactionId").textValue());
    assertThat(kyren.recorded((String) body.get("uuid"))).isTrue();
  }

  @Test
  void B1_amountAsIntegerNumberOrShortString_isTheSameStake() {
    session = kyren.player();
    answer(bet("b1", 100), 0);
    answer(bet("b2", "100"), 0);
    JsonNode third = answer(bet("b3", 0.5), 0);
    assertThat(third.get("cash").textValue()).isEqualTo("799.50");
  }

  @Test
  void I2_sameUuidWithTheAmountWrittenDifferently_isAReplayNotAConflict() {
    session = kyren.player();
    String uuid = kyren.nextId();
    Reply first = kyren.post("Bet", KyrenBodies.bet(uuid, session, ROUND, "b1", "1.10"));
    Reply again = kyren.post("Bet", KyrenBodies.bet(uuid, session, ROUND, "b1", 1.1));

    assertThat(again.bodyText()).isEqualTo(first.bodyText());
    assertThat(kyren.balance()).isEqualByComparingTo("998.90");
  }

  @Test
  void B4_refusedBet_booksNothing_soALaterCancelVoidsTheKey() {
    session = kyren.player();
    answer(bet("b1", "5000.00"), 15);

    answer(kyren.post("Cancel", KyrenBodies.cancel(kyren.nextId(), session, ROUND, "b1")), 0);

    assertThat(kyren.wallet.bet(Integration.KYREN, "b1").orElseThrow().state())
        .isEqualTo(BetState.VOIDED);
    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void B5_betOfAPlayerWithoutAnyAccount_answers62() {
    session = kyren.wallet.openSession(KyrenHarness.PLAYER, "USD");
    answer(bet("b1", "1.00"), 62);
  }

  @Test
  void M5_cashUsesTheCurrencyScale() {
    kyren.player(KyrenHarness.PLAYER, "JPY", "2000");
    session = kyren.wallet.openSession(KyrenHarness.PLAYER, "JPY");
    Map<String, Object> body = KyrenBodies.bet(kyren.nextId(), session, ROUND, "b1", "500");
    body.put("currency", "JPY");

    JsonNode answer = answer(kyren.post("Bet", body), 0);

    assertThat(answer.get("cash").textValue()).isEqualTo("1500");
    assertThat(answer.get("currency").textValue()).isEqualTo("JPY");
  }

  @Test
  void M2_deploymentCurrencyWithSixDecimals_isAccepted() {
    kyren.player(KyrenHarness.PLAYER, "USDT", "1");
    session = kyren.wallet.openSession(KyrenHarness.PLAYER, "USDT");
    Map<String, Object> body = KyrenBodies.bet(kyren.nextId(), session, ROUND, "b1", "0.000001");
    body.put("currency", "USDT");

    assertThat(answer(kyren.post("Bet", body), 0).get("cash").textValue()).isEqualTo("0.999999");
  }

  @Test
  void givenUnknownExtraFields_bet_ignoresThemAndSucceeds() {
    session = kyren.player();
    Map<String, Object> body = KyrenBodies.bet(kyren.nextId(), session, ROUND, "b1", "1.00");
    body.put("somethingNew", Map.of("nested", true));
    body.put("bonusCode", 17);
    answer(kyren.post("Bet", body), 0);
  }

  // Results.

  @Test
  void W1_W2_resultCreditsOnce_andARepeatedWinKeyAnswersTheOriginalTransaction() {
    session = kyren.player();
    JsonNode first = answer(result("w1", "25.00"), 0);
    JsonNode repeat = answer(result("w1", "25.00"), 0);

    assertThat(repeat.get("transactionId")).isEqualTo(first.get("transactionId"));
    assertThat(kyren.balance()).isEqualByComparingTo("1025.00");
  }

  @Test
  void W2_repeatedWinKeyWithOtherAmount_answers57() {
    session = kyren.player();
    answer(result("w1", "25.00"), 0);
    answer(result("w1", "26.00"), 57);
    assertThat(kyren.balance()).isEqualByComparingTo("1025.00");
  }

  @Test
  void W3_zeroWin_isRecordedAndBooksNoMoney() {
    session = kyren.player();
    JsonNode answer = answer(result("w1", "0"), 0);

    assertThat(answer.get("cash").textValue()).isEqualTo("1000.00");
    assertThat(kyren.wallet.storedWin(Integration.KYREN, "w1")).isPresent();
    assertThat(kyren.wallet.ledger(KyrenHarness.PLAYER, "USD")).hasSize(1);
  }

  @Test
  void W4_resultIntoARoundWhoseBetsWereAllCancelled_answers53() {
    session = kyren.player();
    answer(bet("b1", "10.00"), 0);
    answer(kyren.post("Cancel", KyrenBodies.cancel(kyren.nextId(), session, ROUND, "b1")), 0);

    answer(result("w1", "20.00"), 53);

    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void W5_resultForARoundWithoutBets_isCredited() {
    session = kyren.player();
    answer(result("w1", "20.00"), 0);
    assertThat(kyren.balance()).isEqualByComparingTo("1020.00");
  }

  @Test
  void S2_resultCarryingAClosedSession_isCredited() {
    session = kyren.player();
    answer(kyren.post("SessionExpired", KyrenBodies.sessionExpired(kyren.nextId(), session)), 0);
    Map<String, Object> body = KyrenBodies.result(kyren.nextId(), ROUND, "w1", "3.00");
    body.put("sessionId", session.value());

    answer(kyren.post("Result", body), 0);

    assertThat(kyren.balance()).isEqualByComparingTo("1003.00");
  }

  @Test
  void givenSessionIdOfWrongType_result_answers57() {
    session = kyren.player();
    Map<String, Object> body = KyrenBodies.result(kyren.nextId(), ROUND, "w1", "3.00");
    body.put("sessionId", 5);
    answer(kyren.post("Result", body), 57);
  }

  @Test
  void givenResultInRound_laterBetInIt_isStillAccepted() {
    session = kyren.player();
    answer(bet("b1", "10.00"), 0);
    answer(result("w1", "20.00"), 0);
    answer(bet("b2", "10.00"), 0);
  }

  // Rounds.

  @Test
  void R1_endRound_settlesTheOpenBetsAndRepeatingItChangesNothing() {
    session = kyren.player();
    answer(bet("b1", "10.00"), 0);

    JsonNode first = answer(endRound(), 0);
    JsonNode again = answer(endRound(), 0);

    assertThat(kyren.wallet.bet(Integration.KYREN, "b1").orElseThrow().state())
        .isEqualTo(BetState.SETTLED);
    assertThat(first.get("cash").textValue()).isEqualTo("990.00");
    assertThat(again).isEqualTo(first);
    assertThat(first.has("transactionId")).isFalse();
  }

  @Test
  void R1_endRoundOfAnUnseenRound_succeedsAndLaterBetsInItAreRefused() {
    session = kyren.player();
    answer(endRound(), 0);
    answer(bet("b1", "1.00"), 53);
  }

  @Test
  void endRoundOfUnknownPlayer_answers62AndOfAnotherCurrency52() {
    answer(endRound(), 62);
    session = kyren.player("p2", "EUR", "5.00");
    Map<String, Object> body = KyrenBodies.endRound(kyren.nextId(), ROUND);
    body.put("userId", "p2");
    answer(kyren.post("EndRound", body), 52);
  }

  @Test
  void I2_replayedEndRound_getsTheIdenticalBody() {
    session = kyren.player();
    String request = KyrenHarness.write(KyrenBodies.endRound(kyren.nextId(), ROUND));
    Reply first = kyren.post("EndRound", request);
    answer(result("w1", "1.00"), 0);
    assertThat(kyren.post("EndRound", request).bodyText()).isEqualTo(first.bodyText());
  }

  // Sessions.

  @Test
  void S1_checkAndBalance_needTheNamedPlayersActiveSession() {
    session = kyren.player();
    SessionId othersSession = kyren.player("p2", "USD", "1.00");

    answer(kyren.post("Check", KyrenBodies.check(kyren.nextId(), session)), 0);
    answer(kyren.post("Check", KyrenBodies.check(kyren.nextId(), othersSession)), 55);
    answer(kyren.post("Balance", KyrenBodies.balance(kyren.nextId(), othersSession)), 55);
    answer(kyren.post("Balance", KyrenBodies.balance(kyren.nextId(), new SessionId("nope"))), 55);
  }

  @Test
  void I6_checkAndBalance_areNotRecorded() {
    session = kyren.player();
    String uuid = kyren.nextId();
    answer(kyren.post("Check", KyrenBodies.check(uuid, session)), 0);
    answer(kyren.post("Balance", KyrenBodies.balance(uuid, session)), 0);
    assertThat(kyren.recorded(uuid)).isFalse();
  }

  @Test
  void balanceInACurrencyThePlayerHasNot_answers52_andUnconfigured71() {
    session = kyren.player();
    Map<String, Object> eur = KyrenBodies.balance(kyren.nextId(), session);
    eur.put("currency", "EUR");
    answer(kyren.post("Balance", eur), 52);
    Map<String, Object> unknown = KyrenBodies.check(kyren.nextId(), session);
    unknown.put("currency", "ZZZ");
    answer(kyren.post("Check", unknown), 71);
  }

  @Test
  void S4_sessionExpired_endsTheSessionAtOnce() {
    session = kyren.player();
    answer(kyren.post("SessionExpired", KyrenBodies.sessionExpired(kyren.nextId(), session)), 0);

    answer(kyren.post("Check", KyrenBodies.check(kyren.nextId(), session)), 55);
    answer(bet("b1", "1.00"), 55);
  }

  @Test
  void S4_idleSession_expires() {
    session = kyren.player();
    kyren.wallet.clock().advance(Duration.ofMinutes(31));
    answer(kyren.post("Check", KyrenBodies.check(kyren.nextId(), session)), 55);
  }

  @Test
  void S4_sessionExpiredNamingAnotherPlayer_answers55AndKeepsTheSession() {
    session = kyren.player();
    Map<String, Object> body = KyrenBodies.sessionExpired(kyren.nextId(), session);
    body.put("userId", "someone-else");

    answer(kyren.post("SessionExpired", body), 55);

    answer(kyren.post("Check", KyrenBodies.check(kyren.nextId(), session)), 0);
  }

  @Test
  void S4_sessionExpiredOfAnUnknownSession_succeeds() {
    kyren.player();
    answer(
        kyren.post(
            "SessionExpired", KyrenBodies.sessionExpired(kyren.nextId(), new SessionId("gone"))),
        0);
  }
}
