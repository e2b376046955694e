package dev.walletgate.adapter.http.kyren;

import static dev.walletgate.adapter.http.kyren.KyrenHarness.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.SessionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's Cancel and Kyren's Refund over the wire (C1-C8, S2, I2, I3): both calls run every
 * rule, so most tests run once for each.
 */
class KyrenCancelTest {
  private static final String ROUND = "round-1";
  private static final String KEY = "585c1306f89c56f5ecfc2f5d";

  private final KyrenHarness kyren = new KyrenHarness();
  private SessionId session;

  private void bet(String key, String amount) {
    answer(kyren.post("Bet", KyrenBodies.bet(kyren.nextId(), session, ROUND, key, amount)), 0);
  }

  private Map<String, Object> undo(String call, String uuid, String key) {
    return call.equals("Cancel")
        ? KyrenBodies.cancel(uuid, session, ROUND, key)
        : KyrenBodies.refund(uuid, ROUND, key);
  }

  private Reply undo(String call, String key) {
    return kyren.post(call, undo(call, kyren.nextId(), key));
  }

  private List<LedgerEntry> ledger() {
    return kyren.wallet.ledger(KyrenHarness.PLAYER, KyrenHarness.USD);
  }

  private long refunds() {
    return ledger().stream().filter(e -> e.kind() == EntryKind.REFUND).count();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void C1_undoOfOpenBet_refundsTheRecordedStakeOnce(String call) {
    session = kyren.player();
    bet(KEY, "12.34");

    JsonNode body = answer(undo(call, KEY), 0);

    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
    assertThat(refunds()).isEqualTo(1);
    BetKeyHolder stored = kyren.wallet.bet(Integration.KYREN, KEY).orElseThrow();
    assertThat(stored.state()).isEqualTo(BetState.CANCELLED);
    assertThat(body.get("transactionId").textValue()).isEqualTo(stored.cancelTransaction().value());
    if (call.equals("Cancel")) {
      assertThat(body.get("cash").textValue()).isEqualTo("1000.00");
      assertThat(body.get("currency").textValue()).isEqualTo("USD");
    } else {
      assertThat(body.has("cash")).isFalse();
    }
  }

  @Test
  void C1_refundWithAnyAmount_ignoresItAndRefundsTheStake() {
    session = kyren.player();
    bet(KEY, "12.34");
    Map<String, Object> refund = KyrenBodies.refund(kyren.nextId(), ROUND, KEY);
    refund.put("amount", Map.of("not", "an amount"));

    answer(kyren.post("Refund", refund), 0);

    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void S2_C4_seedCancel_afterThePlayerOpenedANewSessionAndTheOldOneExpired_succeeds() {
    session = kyren.player();
    bet(KEY, "100.00");
    kyren.wallet.openSession(KyrenHarness.PLAYER, KyrenHarness.USD);
    answer(kyren.post("SessionExpired", KyrenBodies.sessionExpired(kyren.nextId(), session)), 0);

    JsonNode body =
        answer(kyren.post("Cancel", KyrenBodies.cancel(kyren.nextId(), session, ROUND, KEY)), 0);

    assertThat(body.get("cash").textValue()).isEqualTo("1000.00");
    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void C2_undoTwiceWithAnotherUuid_answersTheSameTransactionIdAndRefundsOnce(String call) {
    session = kyren.player();
    bet(KEY, "100.00");

    JsonNode first = answer(undo(call, KEY), 0);
    JsonNode second = answer(undo(call, KEY), 0);

    assertThat(second.get("transactionId")).isEqualTo(first.get("transactionId"));
    assertThat(refunds()).isEqualTo(1);
    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void C3_B6_undoBeforeTheBet_voidsTheKeyAndTheLateBetIsRefusedWith53(String call) {
    session = kyren.player();

    JsonNode undone = answer(undo(call, KEY), 0);
    BetKeyHolder voided = kyren.wallet.bet(Integration.KYREN, KEY).orElseThrow();
    JsonNode late =
        answer(kyren.post("Bet", KyrenBodies.bet(kyren.nextId(), session, ROUND, KEY, "5.00")), 53);

    assertThat(voided.state()).isEqualTo(BetState.VOIDED);
    assertThat(undone.get("transactionId").textValue())
        .isEqualTo(voided.cancelTransaction().value());
    assertThat(late.get("cash").textValue()).isEqualTo("1000.00");
    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
    assertThat(ledger()).hasSize(1); // the opening deposit only
  }

  @Test
  void C3_cancelOfUnknownBetForAPlayerWithoutAccount_succeedsWithoutCash() {
    session = new SessionId("no-such-session");
    Map<String, Object> cancel = KyrenBodies.cancel(kyren.nextId(), session, ROUND, KEY);
    cancel.put("userId", "nobody");

    JsonNode body = answer(kyren.post("Cancel", cancel), 0);

    // The player's account is unknown, so the success has no balance to show: no cash, no
    // currency; the void record's id is still the transaction id.
    assertThat(body.has("cash")).isFalse();
    assertThat(body.has("currency")).isFalse();
    assertThat(body.get("transactionId").textValue())
        .isEqualTo(
            kyren.wallet.bet(Integration.KYREN, KEY).orElseThrow().cancelTransaction().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void C6_undoOfABetSettledByEndRound_answers53AndNothingMoves(String call) {
    session = kyren.player();
    bet(KEY, "100.00");
    answer(kyren.post("EndRound", KyrenBodies.endRound(kyren.nextId(), ROUND)), 0);

    JsonNode body = answer(undo(call, KEY), 53);

    assertThat(body.get("description").textValue()).contains("already settled");
    assertThat(body.get("cash").textValue()).isEqualTo("900.00");
    assertThat(kyren.balance()).isEqualByComparingTo("900.00");
    assertThat(refunds()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void C5_undoNamingAnotherUser_answers57AndNothingMoves(String call) {
    session = kyren.player();
    kyren.player("other", "USD", "50.00");
    bet(KEY, "100.00");
    Map<String, Object> body = undo(call, kyren.nextId(), KEY);
    body.put("userId", "other");

    answer(kyren.post(call, body), 57);

    assertThat(kyren.balance()).isEqualByComparingTo("900.00");
    assertThat(kyren.wallet.balance("other", "USD")).isEqualByComparingTo("50.00");
    assertThat(kyren.wallet.bet(Integration.KYREN, KEY).orElseThrow().state())
        .isEqualTo(BetState.OPEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void C5_undoNamingAnotherCurrency_answers52AndNothingMoves(String call) {
    session = kyren.player();
    kyren.wallet.account(KyrenHarness.PLAYER, "EUR", "10.00");
    bet(KEY, "100.00");
    Map<String, Object> body = undo(call, kyren.nextId(), KEY);
    body.put("currency", "EUR");

    answer(kyren.post(call, body), 52);

    assertThat(kyren.balance()).isEqualByComparingTo("900.00");
    assertThat(refunds()).isZero();
  }

  @Test
  void C8_cancelledBet_keepsItsDebitAndGainsARefund() {
    session = kyren.player();
    bet(KEY, "100.00");
    answer(undo("Cancel", KEY), 0);

    assertThat(ledger())
        .extracting(LedgerEntry::kind)
        .containsExactly(EntryKind.DEPOSIT, EntryKind.BET, EntryKind.REFUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cancel", "Refund"})
  void I2_replayedUndo_getsTheIdenticalBody(String call) {
    session = kyren.player();
    bet(KEY, "100.00");
    String request = KyrenHarness.write(undo(call, kyren.nextId(), KEY));

    Reply first = kyren.post(call, request);
    Reply again = kyren.post(call, request);

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(refunds()).isEqualTo(1);
    assertThat(kyren.reports.get(kyren.reports.size() - 1).replayed()).isTrue();
  }

  @Test
  void I3_sameUuidOtherContent_answers57AndHasNoEffect() {
    session = kyren.player();
    bet(KEY, "100.00");
    bet("second-bet", "10.00");
    String uuid = kyren.nextId();
    answer(kyren.post("Cancel", KyrenBodies.cancel(uuid, session, ROUND, KEY)), 0);

    answer(kyren.post("Cancel", KyrenBodies.cancel(uuid, session, ROUND, "second-bet")), 57);

    assertThat(kyren.wallet.bet(Integration.KYREN, "second-bet").orElseThrow().state())
        .isEqualTo(BetState.OPEN);
    assertThat(kyren.balance()).isEqualByComparingTo("990.00");
  }
}
