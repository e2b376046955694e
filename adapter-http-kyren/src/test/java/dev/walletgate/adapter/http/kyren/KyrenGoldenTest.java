package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.SessionId;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every call's golden request gets its golden response (the seed's Cancel among them). */
class KyrenGoldenTest {
  private static final String ROUND = "r-5e1f";
  private static final String BET_KEY = "585c1306f89c56f5ecfc2f5d";

  private final KyrenHarness kyren = new KyrenHarness();

  private Map<String, String> fill(SessionId session) {
    return Map.of("sessionId", session.value(), "roundId", ROUND);
  }

  private void send(String name, SessionId session) {
    Golden.assertMatches(name, kyren.post(callOf(name), Golden.request(name, fill(session))));
  }

  private static String callOf(String name) {
    if (name.startsWith("cancel")) {
      return "Cancel";
    }
    if (name.startsWith("bet")) {
      return "Bet";
    }
    switch (name) {
      case "check":
        return "Check";
      case "balance":
        return "Balance";
      case "result":
        return "Result";
      case "end-round":
        return "EndRound";
      case "session-expired":
        return "SessionExpired";
      case "refund":
        return "Refund";
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private void placeBet(SessionId session, String amount) {
    KyrenHarness.answer(
        kyren.post("Bet", KyrenBodies.bet(kyren.nextId(), session, ROUND, BET_KEY, amount)), 0);
  }

  @Test
  void C1_seedCancel_afterMatchingBet_answersTheSeedsResponseFields() {
    SessionId session = kyren.player(KyrenHarness.PLAYER, "USD", "99899.99");
    placeBet(session, "100.00");
    assertThat(kyren.balance()).isEqualByComparingTo("99799.99");

    send("cancel-seed", session);

    assertThat(kyren.balance()).isEqualByComparingTo("99899.99");
  }

  @Test
  void givenSession_check_answersTheGoldenBody() {
    send("check", kyren.player(KyrenHarness.PLAYER, "USD", "99899.99"));
  }

  @Test
  void givenAccount_balance_answersCashAtTheCurrencyScale() {
    send("balance", kyren.player(KyrenHarness.PLAYER, "USD", "99899.99"));
  }

  @Test
  void givenBalance_betWithStringAmount_answersTransactionAndCash() {
    send("bet", kyren.player(KyrenHarness.PLAYER, "USD", "100000.00"));
  }

  @Test
  void givenBalance_betWithNumberAmountAndTimeStamp_answersTransactionAndCash() {
    send("bet-number-amount", kyren.player(KyrenHarness.PLAYER, "USD", "100000.00"));
  }

  @Test
  void givenTooLittleBalance_bet_answers15WithCash() {
    send("bet-insufficient-funds", kyren.player(KyrenHarness.PLAYER, "USD", "99899.99"));
  }

  @Test
  void givenBalance_result_answersTransactionAndCash() {
    send("result", kyren.player(KyrenHarness.PLAYER, "USD", "99799.99"));
  }

  @Test
  void givenBetInRound_endRound_answersCash() {
    SessionId session = kyren.player(KyrenHarness.PLAYER, "USD", "99999.99");
    placeBet(session, "100.00");
    send("end-round", session);
  }

  @Test
  void givenSession_sessionExpired_answersSuccess() {
    send("session-expired", kyren.player(KyrenHarness.PLAYER, "USD", "10.00"));
  }

  @Test
  void C1_givenBet_refundWithUntrustedAmount_answersTransactionOnlyAndRefundsTheStake() {
    SessionId session = kyren.player(KyrenHarness.PLAYER, "USD", "99899.99");
    placeBet(session, "100.00");

    send("refund", session);

    assertThat(kyren.balance()).isEqualByComparingTo(new BigDecimal("99899.99"));
  }

  @Test
  void givenCancelWithoutReference_answers64NamingIt() {
    send("cancel-missing-reference", kyren.player());
  }
}
