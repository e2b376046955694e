package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Snapshot;
import dev.walletgate.application.port.in.LockPlayerCommand;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every row of the spec's outcome-to-status table, end to end through the handler. */
class LuckyMonacoOutcomeTableTest {
  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();

  @ParameterizedTest
  @EnumSource(Refusal.class)
  void everyRefusal_mapsToAStatusOfTheTable(Refusal refusal) {
    LuckyMonacoStatus status = LuckyMonacoStatus.of(Outcome.refused(refusal));

    assertThat(status)
        .isIn(
            LuckyMonacoStatus.INSUFFICIENT_FUNDS,
            LuckyMonacoStatus.INVALID_SID,
            LuckyMonacoStatus.ACCOUNT_LOCKED,
            LuckyMonacoStatus.INVALID_PARAMETER,
            LuckyMonacoStatus.BET_ALREADY_EXIST,
            LuckyMonacoStatus.FINAL_ERROR_ACTION_FAILED,
            LuckyMonacoStatus.BET_ALREADY_SETTLED,
            LuckyMonacoStatus.BET_DOES_NOT_EXIST);
  }

  // Row: success, idempotent duplicate, replay, cancel of unknown bet -> 200 OK.

  @Test
  void givenFundedPlayer_bet_okWithBalanceAfter() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50")).isFirst("OK").hasBalance("986.50");
  }

  @Test
  void B2_givenBookedBet_sameBetUnderNewUuid_okAndNothingMoves() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));

    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50")).isFirst("OK").hasBalance("986.50");
    assertThat(lm.balanceOf(LuckyMonacoTestClient.PLAYER)).isEqualByComparingTo("986.50");
  }

  @Test
  void I2_givenAnsweredBet_sameRequestAgain_okMarkedRetransmission() {
    String uuid = lm.nextId();
    lm.post("bet", lm.bet(uuid, "tx-1", "13.50"));

    Reply replay = lm.post("bet", lm.bet(uuid, "tx-1", "13.50"));

    assertThat(replay.http()).isEqualTo(200);
    assertThat(replay.status()).isEqualTo("OK");
    assertThat(replay.json.get("retransmission").booleanValue()).isTrue();
  }

  @Test
  void C3_unknownTransaction_cancel_okWithoutBalance() {
    lm.post("cancel", lm.cancel(lm.nextId(), "never-seen")).isFirst("OK").isBare();
  }

  @Test
  void givenOpenSession_checkAndBalance_ok() {
    lm.post("check", lm.check(lm.nextId())).isFirst("OK");
    lm.post("balance", lm.balance(lm.nextId())).isFirst("OK").hasBalance("1000.00");
  }

  // Row: INSUFFICIENT_FUNDS.

  @Test
  void B4_stakeOverBalance_bet_insufficientFundsWithBalance() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1000.01"))
        .isFirst("INSUFFICIENT_FUNDS")
        .hasBalance("1000.00");
  }

  // Row: INVALID_SESSION -> INVALID_SID.

  @Test
  void S1_unknownSession_betCheckBalance_invalidSid() {
    Snapshot before = lm.snapshot();

    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00").put("sid", "no-such-sid"))
        .isFirst("INVALID_SID");
    lm.post("check", lm.check(lm.nextId()).put("sid", "no-such-sid")).isFirst("INVALID_SID");
    lm.post("balance", lm.balance(lm.nextId()).put("sid", "no-such-sid")).isFirst("INVALID_SID");
    assertThat(lm.snapshot().balance()).isEqualByComparingTo(before.balance());
    assertThat(lm.snapshot().betRows()).isEqualTo(before.betRows());
  }

  @Test
  void S1_sessionOfAnotherPlayer_check_invalidSid() {
    lm.post("check", lm.check(lm.nextId()).put("sid", lm.otherSid)).isFirst("INVALID_SID");
  }

  // Row: ACCOUNT_LOCKED.

  @Test
  void B5_lockedPlayer_bet_accountLocked() {
    lm.wallet
        .services()
        .accounts()
        .setLocked(new LockPlayerCommand(new PlayerId(LuckyMonacoTestClient.PLAYER), true));

    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00"))
        .isFirst("ACCOUNT_LOCKED")
        .hasBalance("1000.00");
  }

  // Row: bad authToken -> INVALID_TOKEN_ID.

  @Test
  void F3_wrongToken_bet_invalidTokenIdAndNothingStored() {
    Snapshot before = lm.snapshot();
    String uuid = lm.nextId();

    Reply reply =
        lm.send(
            "POST", "/luckymonaco/bet", "authToken=wrong", lm.bet(uuid, "tx-1", "1.00").toString());

    reply.isFirst("INVALID_TOKEN_ID").isBare();
    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(uuid)).isFalse();
  }

  // Row: malformed body, missing field, INVALID_AMOUNT, CURRENCY_MISMATCH, PLAYER_NOT_FOUND.

  @Test
  void F2_malformedBody_bet_invalidParameter() {
    lm.post("bet", "{\"sid\":").isFirst("INVALID_PARAMETER").isBare();
  }

  @Test
  void F2_missingField_bet_invalidParameter() {
    lm.post("bet", LuckyMonacoTestClient.drop(lm.bet(lm.nextId(), "tx-1", "1.00"), "currency"))
        .isFirst("INVALID_PARAMETER");
  }

  @Test
  void M2_tooManyDecimals_bet_invalidParameter() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.001")).isFirst("INVALID_PARAMETER");
  }

  @Test
  void B5_currencyWithoutAccount_bet_invalidParameter() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00").put("currency", "USD"))
        .isFirst("INVALID_PARAMETER");
  }

  @Test
  void B5_unknownPlayer_win_invalidParameter() {
    lm.post("win", lm.win(lm.nextId(), "tx-1", "1.00", null).put("userid", "nobody"))
        .isFirst("INVALID_PARAMETER");
  }

  @Test
  void M2_unsupportedCurrency_balance_invalidParameter() {
    lm.post("balance", lm.balance(lm.nextId()).put("currency", "XXQ")).isFirst("INVALID_PARAMETER");
  }

  // Text that is no currency code is answered as an unconfigured currency: the same status and
  // call report, and nothing stored.
  @Test
  void M2_textThatIsNoCurrencyCode_balanceBetAndWin_invalidParameterAsUnsupported() {
    Snapshot before = lm.snapshot();

    lm.post("balance", lm.balance(lm.nextId()).put("currency", "eur"))
        .isFirst("INVALID_PARAMETER")
        .hasNoBalance();
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00").put("currency", "eur"))
        .isFirst("INVALID_PARAMETER")
        .hasNoBalance();
    lm.post("win", lm.win(lm.nextId(), "tx-1", "1.00", null).put("currency", "EURO-DOLLAR"))
        .isFirst("INVALID_PARAMETER")
        .hasNoBalance();

    assertThat(lm.reports)
        .extracting(CallReport::outcome)
        .containsExactly("UNSUPPORTED_CURRENCY", "UNSUPPORTED_CURRENCY", "UNSUPPORTED_CURRENCY");
    assertThat(lm.snapshot()).isEqualTo(before);
  }

  // S1: the session is checked before the currency.
  @Test
  void S1_textThatIsNoCurrencyCode_balanceInAnUnknownSession_invalidSid() {
    lm.post("balance", lm.balance(lm.nextId()).put("currency", "eur").put("sid", "no-such-sid"))
        .isFirst("INVALID_SID");
  }

  // Row: CONFLICTING_DUPLICATE -> BET_ALREADY_EXIST.

  @Test
  void B3_sameTransactionOtherStake_bet_betAlreadyExist() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));

    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "14.00"))
        .isFirst("BET_ALREADY_EXIST")
        .hasBalance("986.50");
  }

  // Row: BET_VOIDED, ROUND_ENDED -> FINAL_ERROR_ACTION_FAILED.

  @Test
  void B6_cancelledTransaction_betAgain_finalErrorActionFailed() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"));
    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1"));

    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "13.50"))
        .isFirst("FINAL_ERROR_ACTION_FAILED")
        .hasBalance("1000.00");
  }

  @Test
  void B7_spinEndedByBonusWin_betIntoIt_finalErrorActionFailed() {
    lm.post("win", lm.win(lm.nextId(), "spin-9", "5.00", "ok").put("bonus", "FREE-10"))
        .isFirst("OK")
        .hasBalance("1005.00");

    lm.post("bet", lm.bet(lm.nextId(), "spin-9", "1.00"))
        .isFirst("FINAL_ERROR_ACTION_FAILED")
        .hasBalance("1005.00");
  }

  // Row: BET_LIMIT_REACHED, BET_NOT_ALLOWED (the bet guard's refusals) ->
  // FINAL_ERROR_ACTION_FAILED;
  // over the wire, with the replay, in LuckyMonacoBetGuardTest.

  @Test
  void G2_theBetGuardsRefusals_finalErrorActionFailed() {
    assertThat(LuckyMonacoStatus.of(Outcome.refused(Refusal.BET_LIMIT_REACHED)))
        .isEqualTo(LuckyMonacoStatus.FINAL_ERROR_ACTION_FAILED);
    assertThat(LuckyMonacoStatus.of(Outcome.refused(Refusal.BET_NOT_ALLOWED)))
        .isEqualTo(LuckyMonacoStatus.FINAL_ERROR_ACTION_FAILED);
  }

  // Row: BET_ALREADY_SETTLED.

  @Test
  void C6_spinSettledByEndingWin_cancel_betAlreadySettled() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "10.00"));
    lm.post("win", lm.win(lm.nextId(), "tx-1", "25.00", "ok"));

    lm.post("cancel", lm.cancel(lm.nextId(), "tx-1"))
        .isFirst("BET_ALREADY_SETTLED")
        .hasBalance("1015.00");
  }

  // Row: BET_NOT_FOUND -> BET_DOES_NOT_EXIST.

  @Test
  void W5_spinWithoutBet_win_betDoesNotExist() {
    lm.post("win", lm.win(lm.nextId(), "no-bet-spin", "5.00", "ok"))
        .isFirst("BET_DOES_NOT_EXIST")
        .hasBalance("1000.00");
  }

  // Row: storage fault -> 503 TEMPORARY_ERROR.

  @Test
  void F1_storageDown_bet_503TemporaryErrorAndNothingStored() {
    Snapshot before = lm.snapshot();
    String uuid = lm.nextId();
    lm.wallet
        .memory()
        .injectFaults(
            operation -> {
              if (operation.startsWith("accounts.book")) {
                throw new StorageUnavailableException("connection lost", null);
              }
            });

    Reply reply = lm.post("bet", lm.bet(uuid, "tx-1", "1.00"));

    assertThat(reply.http()).isEqualTo(503);
    assertThat(reply.status()).isEqualTo("TEMPORARY_ERROR");
    reply.hasWellFormedUuid().isBare();
    lm.wallet.memory().injectFaults(operation -> {});
    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(uuid)).isFalse();
  }

  @Test
  void F1_storageDownThenBack_retriedBet_booksOnce() {
    String uuid = lm.nextId();
    lm.wallet
        .memory()
        .injectFaults(
            operation -> {
              throw new StorageUnavailableException("down", null);
            });
    assertThat(lm.post("bet", lm.bet(uuid, "tx-1", "1.00")).http()).isEqualTo(503);
    lm.wallet.memory().injectFaults(operation -> {});

    lm.post("bet", lm.bet(uuid, "tx-1", "1.00")).isFirst("OK").hasBalance("999.00");
  }

  // Row: unexpected failure -> 500 UNKNOWN_ERROR.

  @Test
  void unexpectedFailureInUseCase_bet_500UnknownErrorWithoutDetails() {
    WalletServices services = TestWallet.inMemory().services();
    ProviderUseCases failing =
        new ProviderUseCases(
            services.providerSessions(),
            services.providerSessions(),
            command -> {
              throw new IllegalStateException("secret internal detail");
            },
            services.wins(),
            services.rounds(),
            services.providerSessions(),
            services.cancels(),
            services.cancels());
    LuckyMonacoWalletHandler handler =
        new LuckyMonacoWalletHandler(
            LuckyMonacoConfig.defaults().withToken("t"), failing, CallObserver.NONE);

    dev.walletgate.application.protocol.Reply response =
        handler.handle(
            Exchange.of(
                "POST",
                "/luckymonaco/bet",
                "authToken=t",
                "application/json",
                lm.bet("u-1", "tx-1", "1.00").toString().getBytes(StandardCharsets.UTF_8),
                "127.0.0.1"));

    Reply reply = new Reply(response);
    assertThat(reply.http()).isEqualTo(500);
    assertThat(reply.status()).isEqualTo("UNKNOWN_ERROR");
    reply.hasWellFormedUuid().isBare();
    assertThat(reply.text()).doesNotContain("secret", "Exception", "at dev.");
  }

  // Row: body over the limit -> 413.

  @Test
  void F2_bodyOverLimit_bet_413WithoutBodyAndNothingStored() {
    Snapshot before = lm.snapshot();
    String padding = "x".repeat(LuckyMonacoConfig.DEFAULT_MAX_BODY_BYTES);

    Reply reply = lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00").put("pad", padding));

    assertThat(reply.http()).isEqualTo(413);
    assertThat(reply.response.body()).isEmpty();
    assertThat(reply.response.contentType()).isNull();
    assertThat(lm.snapshot()).isEqualTo(before);
  }
}
