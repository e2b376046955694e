package dev.walletgate.adapter.http.luckymonaco;

import static dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.OTHER_PLAYER;
import static dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.PLAYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Snapshot;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.SessionId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the LuckyMonaco calls touch, through the handler (B, W, R, C, I, S). */
class LuckyMonacoRulesTest {
  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();

  // Seed example and cancel rules.

  @Test
  void C3_seedCancelOfUnknownTransaction_okAndVoidsTheId() {
    Snapshot before = lm.snapshot();

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-unknown")).isFirst("OK").isBare();

    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "tx-unknown"))
        .hasValueSatisfying(bet -> assertThat(bet.state()).isEqualTo(BetState.VOIDED));
    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo(before.balance());
    assertThat(lm.snapshot().ledgerEntries()).isEqualTo(before.ledgerEntries());
  }

  @Test
  void B6_transactionVoidedByCancel_laterBet_finalErrorAndNoDebit() {
    lm.post("cancel", lm.cancel(lm.nextId(), "tx-late"));
    int entries = lm.snapshot().ledgerEntries();

    lm.post("bet", lm.bet(lm.nextId(), "tx-late", "13.50"))
        .isFirst("FINAL_ERROR_ACTION_FAILED")
        .hasBalance("1000.00");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
    assertThat(lm.snapshot().ledgerEntries()).isEqualTo(entries);
  }

  @Test
  void C1_openBet_cancel_refundsTheRecordedStake() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1")).isFirst("OK").isBare();

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
    List<LedgerEntry> ledger = lm.wallet.ledger(PLAYER, LuckyMonacoTestClient.CURRENCY);
    assertThat(ledger).extracting(LedgerEntry::kind).contains(EntryKind.BET, EntryKind.REFUND);
  }

  @Test
  void C2_cancelledBet_cancelTwiceWithNewUuid_okAndRefundsOnce() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));
    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1"));

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1")).isFirst("OK").isBare();

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
    assertThat(lm.wallet.ledger(PLAYER, LuckyMonacoTestClient.CURRENCY))
        .filteredOn(e -> e.kind() == EntryKind.REFUND)
        .hasSize(1);
  }

  @Test
  void C2_I2_cancelledBet_sameCancelRequestAgain_okMarkedRetransmission() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));
    String uuid = lm.nextId();
    lm.post("cancel", lm.cancel(uuid, "tx-1"));

    Reply replay = lm.post("cancel", lm.cancel(uuid, "tx-1"));

    assertThat(replay.status()).isEqualTo("OK");
    assertThat(replay.json.get("retransmission").booleanValue()).isTrue();
    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
  }

  @Test
  void C4_sessionClosedAfterBet_cancel_stillAccepted() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));
    lm.wallet.services().platformSessions().closeSession(new SessionId(lm.sid));

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1")).isFirst("OK");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
  }

  @Test
  void C4_sessionExpired_cancelNamingUnknownSid_stillAccepted() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));
    lm.wallet.clock().advance(Duration.ofHours(5));

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1").put("sid", "some-newer-session"))
        .isFirst("OK");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
  }

  @Test
  void C5_cancelNamingAnotherPlayer_betAlreadyExistAndNothingMoves() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));
    Snapshot before = lm.snapshot();

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1").put("userid", OTHER_PLAYER))
        .isFirst("BET_ALREADY_EXIST");

    Snapshot after = lm.snapshot();
    assertThat(after.balance()).isEqualByComparingTo(before.balance());
    assertThat(after.other()).isEqualByComparingTo(before.other());
    assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries());
    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "tx-1").orElseThrow().state())
        .isEqualTo(BetState.OPEN);
  }

  @Test
  void C6_R2_betSettledByEndingWin_cancel_refusedAndNothingMoves() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "10.00"));
    lm.post("win", lm.win(lm.nextId(), "tx-1", "25.00", "OK"));
    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "tx-1").orElseThrow().state())
        .isEqualTo(BetState.SETTLED);

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1")).isFirst("BET_ALREADY_SETTLED");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1015.00");
  }

  // Wins.

  @Test
  void W1_R2_spinWithTwoWins_eachUuidCreditedAndLastEndsTheSpin() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));

    lm.post("win", lm.win(lm.nextId(), "spin-1", "3.00", "no")).isFirst("OK").hasBalance("993.00");
    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "spin-1").orElseThrow().state())
        .isEqualTo(BetState.OPEN);
    lm.post("win", lm.win(lm.nextId(), "spin-1", "7.00", "ok")).isFirst("OK").hasBalance("1000.00");

    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "spin-1").orElseThrow().state())
        .isEqualTo(BetState.SETTLED);
  }

  @Test
  void R2_isEndRoundJsonTrue_endsTheSpin() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    ObjectNode win = lm.win(lm.nextId(), "spin-1", "0", null);
    ((ObjectNode) win.get("transaction")).put("is_end_round", true);

    lm.post("win", win).isFirst("OK").hasBalance("990.00");

    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "spin-1").orElseThrow().state())
        .isEqualTo(BetState.SETTLED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "", "false", "okay"})
  void R2_isEndRoundOtherThanOk_leavesTheSpinOpen(String value) {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));

    lm.post("win", lm.win(lm.nextId(), "spin-1", "1.00", value)).isFirst("OK");

    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "spin-1").orElseThrow().state())
        .isEqualTo(BetState.OPEN);
  }

  @Test
  void W2_sameWinUuidAgain_retransmissionAndCreditedOnce() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    String uuid = lm.nextId();
    lm.post("win", lm.win(uuid, "spin-1", "4.00", null));

    Reply replay = lm.post("win", lm.win(uuid, "spin-1", "4.00", null));

    assertThat(replay.status()).isEqualTo("OK");
    assertThat(replay.balance()).isEqualTo("994.00");
    assertThat(replay.json.get("retransmission").booleanValue()).isTrue();
    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("994.00");
    assertThat(lm.wallet.storedWin(Integration.LUCKYMONACO, uuid)).isPresent();
  }

  @Test
  void W_breakdownFields_areCheckedButNotAdded() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    ObjectNode win = lm.win(lm.nextId(), "spin-1", "30.00", "ok");
    ((ObjectNode) win.get("transaction")).put("win", "20.00").put("jackpot", "10.00");

    lm.post("win", win).isFirst("OK").hasBalance("1020.00");
  }

  @Test
  void W3_zeroWin_recordedAndBooksNoMoney() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    int entries = lm.snapshot().ledgerEntries();
    String uuid = lm.nextId();

    lm.post("win", lm.win(uuid, "spin-1", "0.00", "ok")).isFirst("OK").hasBalance("990.00");

    assertThat(lm.wallet.storedWin(Integration.LUCKYMONACO, uuid)).isPresent();
    assertThat(lm.snapshot().ledgerEntries()).isEqualTo(entries);
  }

  @Test
  void W4_spinWhoseBetWasCancelled_win_finalErrorAndNoCredit() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    lm.post("cancel", lm.cancel(lm.nextId(), "spin-1"));

    lm.post("win", lm.win(lm.nextId(), "spin-1", "20.00", "ok"))
        .isFirst("FINAL_ERROR_ACTION_FAILED")
        .hasBalance("1000.00");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
  }

  @Test
  void W4_spinVoidedByCancelOfUnknownId_win_finalErrorAndNoCredit() {
    lm.post("cancel", lm.cancel(lm.nextId(), "spin-void"));

    lm.post("win", lm.win(lm.nextId(), "spin-void", "20.00", "ok"))
        .isFirst("FINAL_ERROR_ACTION_FAILED");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
  }

  @Test
  void W5_spinWithoutBet_win_betDoesNotExistAndNothingCredited() {
    String uuid = lm.nextId();

    lm.post("win", lm.win(uuid, "ghost-spin", "20.00", null)).isFirst("BET_DOES_NOT_EXIST");

    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
    assertThat(lm.wallet.storedWin(Integration.LUCKYMONACO, uuid)).isEmpty();
  }

  @Test
  void W5_spinWithoutBetButBonusCode_win_credited() {
    lm.post("win", lm.win(lm.nextId(), "free-spin", "20.00", "ok").put("bonus", "FS-2026"))
        .isFirst("OK")
        .hasBalance("1020.00");
  }

  @Test
  void W5_emptyBonus_countsAsNoBonus() {
    lm.post("win", lm.win(lm.nextId(), "free-spin", "20.00", "ok").put("bonus", ""))
        .isFirst("BET_DOES_NOT_EXIST");
  }

  @Test
  void S2_winWithoutSidAndAfterSessionClosed_credited() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    lm.wallet.services().platformSessions().closeSession(new SessionId(lm.sid));

    lm.post("win", LuckyMonacoTestClient.drop(lm.win(lm.nextId(), "spin-1", "15.00", "ok"), "sid"))
        .isFirst("OK")
        .hasBalance("1005.00");
  }

  // Requests and retransmission.

  @Test
  void I2_refusedBetReplayed_sameStatusAndBalanceMarkedRetransmission() {
    String uuid = lm.nextId();
    Reply first = lm.post("bet", lm.bet(uuid, "tx-1", "5000.00")).isFirst("INSUFFICIENT_FUNDS");

    Reply replay = lm.post("bet", lm.bet(uuid, "tx-1", "5000.00"));

    assertThat(replay.status()).isEqualTo(first.status());
    assertThat(replay.balance()).isEqualTo(first.balance()).isEqualTo("1000.00");
    assertThat(replay.json.get("retransmission").booleanValue()).isTrue();
    assertThat(replay.json.get("uuid").textValue())
        .isNotEqualTo(first.json.get("uuid").textValue());
  }

  @Test
  void I2_replayAfterBalanceChanged_keepsTheRecordedBalance() {
    String uuid = lm.nextId();
    lm.post("bet", lm.bet(uuid, "tx-1", "10.00"));
    lm.post("bet", lm.bet(lm.nextId(), "tx-2", "20.00"));

    lm.post("bet", lm.bet(uuid, "tx-1", "10.00")).hasBalance("990.00");
  }

  @Test
  void I2_newRequests_neverCarryRetransmission() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "10.00")).isFirst("OK");
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "10.00")).isFirst("OK");
    lm.post("win", lm.win(lm.nextId(), "tx-1", "1.00", null)).isFirst("OK");
    lm.post("cancel", lm.cancel(lm.nextId(), "tx-9")).isFirst("OK");
    String checkUuid = lm.nextId();
    lm.post("check", lm.check(checkUuid)).isFirst("OK");
    lm.post("check", lm.check(checkUuid)).isFirst("OK");
  }

  @Test
  void I3_uuidReusedWithOtherContent_betAlreadyExistAndNoEffect() {
    String uuid = lm.nextId();
    lm.post("bet", lm.bet(uuid, "tx-1", "10.00"));
    Snapshot before = lm.snapshot();

    lm.post("bet", lm.bet(uuid, "tx-2", "10.00")).isFirst("BET_ALREADY_EXIST");

    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "tx-2")).isEmpty();
  }

  @Test
  void I6_checkAndBalance_areNotRecorded() {
    String checkUuid = lm.nextId();
    String balanceUuid = lm.nextId();

    lm.post("check", lm.check(checkUuid));
    lm.post("balance", lm.balance(balanceUuid));

    assertThat(lm.requestStored(checkUuid)).isFalse();
    assertThat(lm.requestStored(balanceUuid)).isFalse();
  }

  @Test
  void I1_bet_recordedUnderItsUuid() {
    String uuid = lm.nextId();

    lm.post("bet", lm.bet(uuid, "tx-1", "10.00"));

    assertThat(lm.requestStored(uuid)).isTrue();
  }

  // Wire details.

  @Test
  void givenCheck_answerEchoesTheSidAndHasNoBalance() {
    Reply reply = lm.post("check", lm.check(lm.nextId())).isFirst("OK").hasNoBalance();

    assertThat(reply.json.get("sid").textValue()).isEqualTo(lm.sid);
  }

  @Test
  void bothPlayerSpellings_acceptedOnEveryCall() {
    lm.post(
            "check",
            LuckyMonacoTestClient.drop(lm.check(lm.nextId()), "userId").put("userid", PLAYER))
        .isFirst("OK");
    lm.post(
            "balance",
            LuckyMonacoTestClient.drop(lm.balance(lm.nextId()), "userId").put("userid", PLAYER))
        .isFirst("OK");
    lm.post(
            "bet",
            LuckyMonacoTestClient.drop(lm.bet(lm.nextId(), "tx-1", "1.00"), "userid")
                .put("userId", PLAYER))
        .isFirst("OK");
    lm.post(
            "win",
            LuckyMonacoTestClient.drop(lm.win(lm.nextId(), "tx-1", "1.00", null), "userid")
                .put("userId", PLAYER))
        .isFirst("OK");
    lm.post(
            "cancel",
            LuckyMonacoTestClient.drop(lm.cancel(lm.nextId(), "tx-2"), "userid")
                .put("userId", PLAYER))
        .isFirst("OK");
  }

  @Test
  void bothPlayerSpellingsWithSameValue_accepted() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00").put("userId", PLAYER)).isFirst("OK");
  }

  @Test
  void M1_numberAmount_takenExactly() {
    ObjectNode bet = lm.bet(lm.nextId(), "tx-1", "0");
    ((ObjectNode) bet.get("transaction")).put("amount", new java.math.BigDecimal("0.10"));

    lm.post("bet", bet).isFirst("OK").hasBalance("999.90");
  }

  @Test
  void M1_integerAmount_accepted() {
    ObjectNode bet = lm.bet(lm.nextId(), "tx-1", "0");
    ((ObjectNode) bet.get("transaction")).put("amount", 3);

    lm.post("bet", bet).isFirst("OK").hasBalance("997.00");
  }

  @Test
  void unknownExtraFields_ignored() {
    ObjectNode bet = lm.bet(lm.nextId(), "tx-1", "1.00").put("roundid", 77).put("extra", "x");
    bet.putObject("nested").put("deep", true);

    lm.post("bet", bet).isFirst("OK").hasBalance("999.00");
  }

  @Test
  void everyResponse_hasItsOwnUuid() {
    String a = lm.post("check", lm.check(lm.nextId())).json.get("uuid").textValue();
    String b = lm.post("check", lm.check(lm.nextId())).json.get("uuid").textValue();

    assertThat(a).isNotEqualTo(b);
  }
}
