package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.CANCEL_TX;
import static dev.walletgate.domain.rules.Given.DEBIT_TX;
import static dev.walletgate.domain.rules.Given.EUR;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.account;
import static dev.walletgate.domain.rules.Given.bet;
import static dev.walletgate.domain.rules.Given.dec;
import static dev.walletgate.domain.rules.Given.voided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.outcome.Refusal;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** C1-C8 as decided by {@link CancelRules}. */
class CancelRulesTest {
  private static final CancelAttempt BY_ALICE = new CancelAttempt(ALICE, Optional.empty());
  private static final Account ALICE_USD = account(ALICE, USD, "90.00");

  private static CancelDecision decide(CancelAttempt attempt, BetKeyHolder existing) {
    return CancelRules.decide(attempt, Optional.of(existing), Optional.of(ALICE_USD));
  }

  private static CancelDecision refused(Refusal refusal) {
    return new CancelDecision.Refuse(refusal);
  }

  @Test
  void C1_cancelOfAnOpenBet_refundsExactlyItsRecordedStake() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);

    assertThat(decide(BY_ALICE, open)).isEqualTo(new CancelDecision.Refund(open, dec("100.00")));
  }

  @Test
  void C1_cancelCarriesNoAmount_soOnlyTheRecordedStakeCanBeRefunded() {
    assertThat(
            Arrays.stream(CancelAttempt.class.getRecordComponents()).map(RecordComponent::getType))
        .isNotEmpty()
        .doesNotContain(BigDecimal.class);
  }

  @Test
  void C1_refundOfAnOddStake_isExact() {
    Bet open = bet("b-1", ALICE, USD, "0.07", BetState.OPEN);

    CancelDecision decision =
        CancelRules.decide(
            BY_ALICE, Optional.of(open), Optional.of(account(ALICE, USD, "1234567890.93")));

    assertThat(decision).isEqualTo(new CancelDecision.Refund(open, dec("1234567891.00")));
  }

  @Test
  void C2_cancelOfAnAlreadyCancelledBet_answersTheOriginalRefundAndMovesNothing() {
    Bet cancelled = bet("b-1", ALICE, USD, "10.00", BetState.CANCELLED);

    CancelDecision decision = decide(BY_ALICE, cancelled);

    assertThat(decision).isEqualTo(new CancelDecision.AlreadyCancelled(cancelled));
    assertThat(((CancelDecision.AlreadyCancelled) decision).bet().cancelTransaction())
        .isEqualTo(CANCEL_TX);
  }

  @Test
  void C2_cancelOfAnAlreadyVoidedKey_answersTheOriginalVoid() {
    BetKeyHolder voided = voided("b-1", ALICE, null);

    assertThat(decide(BY_ALICE, voided)).isEqualTo(new CancelDecision.AlreadyCancelled(voided));
  }

  @Test
  void C2_cancelNamingACurrencyOnAVoidThatRecordedNone_answersTheOriginalVoid() {
    BetKeyHolder voided = voided("b-1", ALICE, null);

    assertThat(decide(new CancelAttempt(ALICE, Optional.of(USD)), voided))
        .isEqualTo(new CancelDecision.AlreadyCancelled(voided));
  }

  @Test
  void C3_cancelOfUnknownBet_succeedsAndVoidsTheKey() {
    assertThat(CancelRules.decide(BY_ALICE, Optional.empty(), Optional.of(ALICE_USD)))
        .isEqualTo(new CancelDecision.VoidKey());
  }

  @Test
  void C3_cancelOfUnknownBetOfAPlayerWithoutAccount_stillVoidsTheKey() {
    assertThat(CancelRules.decide(BY_ALICE, Optional.empty(), Optional.empty()))
        .isEqualTo(new CancelDecision.VoidKey());
  }

  @Test
  void C4_cancelRulesReadNoSessionState() {
    assertThat(Signatures.recordMentions(CancelAttempt.class, "Session")).isFalse();
    assertThat(Signatures.parametersMention(CancelRules.class, "decide", "Session")).isFalse();
  }

  @Test
  void C5_cancelNamingAnotherPlayer_isRefusedConflictingDuplicate() {
    Bet open = bet("b-1", BOB, USD, "10.00", BetState.OPEN);

    assertThat(decide(BY_ALICE, open)).isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void C5_cancelNamingAnotherPlayerThanTheVoid_isRefusedConflictingDuplicate() {
    assertThat(decide(BY_ALICE, voided("b-1", BOB, null)))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void C5_kyrenCancelNamingAnotherCurrency_isRefusedCurrencyMismatch() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);

    assertThat(decide(new CancelAttempt(ALICE, Optional.of(EUR)), open))
        .isEqualTo(refused(Refusal.CURRENCY_MISMATCH));
  }

  @Test
  void C5_kyrenCancelNamingTheBetsCurrency_isRefunded() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);

    assertThat(decide(new CancelAttempt(ALICE, Optional.of(USD)), open))
        .isEqualTo(new CancelDecision.Refund(open, dec("100.00")));
  }

  @Test
  void C5_cancelOfAnotherPlayersSettledBet_isRefusedConflictingDuplicateFirst() {
    Bet settled = bet("b-1", BOB, USD, "10.00", BetState.SETTLED);

    assertThat(decide(BY_ALICE, settled)).isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void C6_cancelOfASettledBet_isRefusedBetAlreadySettled() {
    Bet settled = bet("b-1", ALICE, USD, "10.00", BetState.SETTLED);

    assertThat(decide(BY_ALICE, settled)).isEqualTo(refused(Refusal.BET_ALREADY_SETTLED));
  }

  @Test
  void givenOpenBetWhoseAccountIsGone_cancel_isRefusedPlayerNotFound() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);

    assertThat(CancelRules.decide(BY_ALICE, Optional.of(open), Optional.empty()))
        .isEqualTo(refused(Refusal.PLAYER_NOT_FOUND));
  }

  @Test
  void C7_cancelBeforeTheBet_voidsTheKeyAndTheLateBetIsRefused() {
    assertThat(CancelRules.decide(BY_ALICE, Optional.empty(), Optional.of(ALICE_USD)))
        .isInstanceOf(CancelDecision.VoidKey.class);
    BetKeyHolder voidRow = voided("b-1", ALICE, null);

    BetDecision lateBet =
        BetRules.decide(
            new BetAttempt(ALICE, USD, dec("10.00")),
            Optional.of(voidRow),
            true,
            Optional.of(ALICE_USD),
            true,
            Optional.empty());

    assertThat(lateBet).isEqualTo(new BetDecision.Refuse(Refusal.BET_VOIDED));
  }

  @Test
  void C7_betBeforeTheCancel_isRefundedOnceAndTheRepeatedCancelRefundsNothing() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);
    CancelDecision first = decide(BY_ALICE, open);
    assertThat(first).isInstanceOf(CancelDecision.Refund.class);
    Bet cancelled = open.cancelled(CANCEL_TX);

    assertThat(decide(BY_ALICE, cancelled))
        .isEqualTo(new CancelDecision.AlreadyCancelled(cancelled));
  }

  @Test
  void C8_cancellingABetKeepsItsStakeAndDebitAndAddsTheRefund() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);
    OperatorTransactionId refund = new OperatorTransactionId("tx-refund");

    Bet cancelled = open.cancelled(refund);

    assertThat(cancelled.stake()).isEqualTo(open.stake());
    assertThat(cancelled.debitTransaction()).isEqualTo(DEBIT_TX);
    assertThat(cancelled.cancelTransaction()).isEqualTo(refund);
    assertThat(cancelled.state()).isEqualTo(BetState.CANCELLED);
  }
}
