package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.EUR;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.account;
import static dev.walletgate.domain.rules.Given.bet;
import static dev.walletgate.domain.rules.Given.dec;
import static dev.walletgate.domain.rules.Given.lockedAccount;
import static dev.walletgate.domain.rules.Given.round;
import static dev.walletgate.domain.rules.Given.voided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** B1-B7 and S1 as decided by {@link BetRules}, plus the B5 account lookup. */
class BetRulesTest {
  private static final BetAttempt TEN_USD = new BetAttempt(ALICE, USD, dec("10.00"));

  private static BetDecision decideFresh(BetAttempt attempt, Account account) {
    return BetRules.decide(
        attempt, Optional.empty(), true, Optional.of(account), true, Optional.empty());
  }

  private static BetDecision decideOn(BetAttempt attempt, BetKeyHolder existing) {
    return BetRules.decide(
        attempt,
        Optional.of(existing),
        true,
        Optional.of(account(ALICE, USD, "100.00")),
        true,
        Optional.empty());
  }

  private static BetDecision refused(Refusal refusal) {
    return new BetDecision.Refuse(refusal);
  }

  @Test
  void B1_firstBetWithEnoughBalance_debitsTheStake() {
    BetDecision decision = decideFresh(TEN_USD, account(ALICE, USD, "100.00"));

    assertThat(decision).isInstanceOf(BetDecision.Debit.class);
    assertThat(((BetDecision.Debit) decision).balanceAfter()).isEqualByComparingTo("90.00");
  }

  @Test
  void B1_stakeEqualToTheBalance_debitsToZero() {
    BetDecision decision = decideFresh(TEN_USD, account(ALICE, USD, "10.00"));

    assertThat(decision).isInstanceOf(BetDecision.Debit.class);
    assertThat(((BetDecision.Debit) decision).balanceAfter()).isEqualByComparingTo("0");
  }

  @Test
  void B2_sameBetAgainOnAnOpenBet_isADuplicateOfTheOriginal() {
    Bet original = bet("b-1", ALICE, USD, "10", BetState.OPEN);

    assertThat(decideOn(TEN_USD, original)).isEqualTo(new BetDecision.Duplicate(original));
  }

  @Test
  void B2_sameBetAgainAfterTheRoundSettledIt_isADuplicateOfTheOriginal() {
    Bet original = bet("b-1", ALICE, USD, "10.00", BetState.SETTLED);

    assertThat(decideOn(TEN_USD, original)).isEqualTo(new BetDecision.Duplicate(original));
  }

  @Test
  void B2_duplicateOfABookedBet_isRecognisedEvenWithoutAnActiveSessionOrFunds() {
    Bet original = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);

    BetDecision decision =
        BetRules.decide(
            TEN_USD,
            Optional.of(original),
            false,
            Optional.of(account(ALICE, USD, "0.00")),
            true,
            Optional.of(round(RoundState.ENDED)));

    assertThat(decision).isEqualTo(new BetDecision.Duplicate(original));
  }

  @Test
  void B3_sameKeyWithAnotherPlayer_isRefusedConflictingDuplicate() {
    Bet original = bet("b-1", BOB, USD, "10.00", BetState.OPEN);

    assertThat(decideOn(TEN_USD, original)).isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void B3_sameKeyWithAnotherStake_isRefusedConflictingDuplicate() {
    Bet original = bet("b-1", ALICE, USD, "10.01", BetState.OPEN);

    assertThat(decideOn(TEN_USD, original)).isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void B3_sameKeyWithAnotherCurrency_isRefusedConflictingDuplicate() {
    Bet original = bet("b-1", ALICE, EUR, "10.00", BetState.OPEN);

    assertThat(decideOn(TEN_USD, original)).isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void B3_sameKeyWithOtherContentOnASettledBet_isRefusedConflictingDuplicate() {
    Bet original = bet("b-1", ALICE, USD, "20.00", BetState.SETTLED);

    assertThat(decideOn(TEN_USD, original)).isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void B4_stakeAboveTheBalance_isRefusedInsufficientFunds() {
    assertThat(decideFresh(TEN_USD, account(ALICE, USD, "9.99")))
        .isEqualTo(refused(Refusal.INSUFFICIENT_FUNDS));
  }

  @Test
  void M4_betOnAnEmptyAccount_isRefusedRatherThanGoingNegative() {
    assertThat(decideFresh(TEN_USD, account(ALICE, USD, "0")))
        .isEqualTo(refused(Refusal.INSUFFICIENT_FUNDS));
  }

  @Test
  void B5_unknownPlayer_isRefusedPlayerNotFound() {
    BetDecision decision =
        BetRules.decide(TEN_USD, Optional.empty(), true, Optional.empty(), false, Optional.empty());

    assertThat(decision).isEqualTo(refused(Refusal.PLAYER_NOT_FOUND));
  }

  @Test
  void B5_knownPlayerWithoutAnAccountInTheCurrency_isRefusedCurrencyMismatch() {
    BetDecision decision =
        BetRules.decide(TEN_USD, Optional.empty(), true, Optional.empty(), true, Optional.empty());

    assertThat(decision).isEqualTo(refused(Refusal.CURRENCY_MISMATCH));
  }

  @Test
  void B5_lockedAccount_isRefusedAccountLocked() {
    assertThat(decideFresh(TEN_USD, lockedAccount(ALICE, USD, "100.00")))
        .isEqualTo(refused(Refusal.ACCOUNT_LOCKED));
  }

  @Test
  void B5_accountLookup_presentAccount_isNotMissing() {
    assertThat(AccountLookup.missing(Optional.of(account(ALICE, USD, "1")), false)).isEmpty();
  }

  @Test
  void B5_accountLookup_absentAccountOfAKnownPlayer_isCurrencyMismatch() {
    assertThat(AccountLookup.missing(Optional.empty(), true)).contains(Refusal.CURRENCY_MISMATCH);
  }

  @Test
  void B5_accountLookup_absentAccountOfAnUnknownPlayer_isPlayerNotFound() {
    assertThat(AccountLookup.missing(Optional.empty(), false)).contains(Refusal.PLAYER_NOT_FOUND);
  }

  @Test
  void B6_betOnVoidedKey_isRefusedBetVoided() {
    assertThat(decideOn(TEN_USD, voided("b-1", ALICE, null)))
        .isEqualTo(refused(Refusal.BET_VOIDED));
  }

  @Test
  void B6_betOnACancelledKeyWithTheSameContent_isRefusedBetVoidedNotADuplicate() {
    Bet cancelled = bet("b-1", ALICE, USD, "10.00", BetState.CANCELLED);

    assertThat(decideOn(TEN_USD, cancelled)).isEqualTo(refused(Refusal.BET_VOIDED));
  }

  @Test
  void B6_betOnAKeyVoidedForAnotherPlayer_isStillRefusedBetVoided() {
    assertThat(decideOn(TEN_USD, voided("b-1", BOB, EUR))).isEqualTo(refused(Refusal.BET_VOIDED));
  }

  @Test
  void B7_betIntoAnEndedRound_isRefusedRoundEnded() {
    BetDecision decision =
        BetRules.decide(
            TEN_USD,
            Optional.empty(),
            true,
            Optional.of(account(ALICE, USD, "100.00")),
            true,
            Optional.of(round(RoundState.ENDED)));

    assertThat(decision).isEqualTo(refused(Refusal.ROUND_ENDED));
  }

  @Test
  void B7_betIntoAnOpenRound_isDebited() {
    Optional<Round> open = Optional.of(round(RoundState.OPEN));

    BetDecision decision =
        BetRules.decide(
            TEN_USD,
            Optional.empty(),
            true,
            Optional.of(account(ALICE, USD, "100.00")),
            true,
            open);

    assertThat(decision).isEqualTo(new BetDecision.Debit(dec("90.00")));
  }

  @Test
  void S1_betWithoutAnActiveSession_isRefusedInvalidSession() {
    BetDecision decision =
        BetRules.decide(
            TEN_USD,
            Optional.empty(),
            false,
            Optional.of(account(ALICE, USD, "100.00")),
            true,
            Optional.empty());

    assertThat(decision).isEqualTo(refused(Refusal.INVALID_SESSION));
  }

  @Test
  void givenNoSessionAndNoAccount_bet_isRefusedInvalidSessionFirst() {
    BetDecision decision =
        BetRules.decide(
            TEN_USD, Optional.empty(), false, Optional.empty(), false, Optional.empty());

    assertThat(decision).isEqualTo(refused(Refusal.INVALID_SESSION));
  }

  @Test
  void givenLockedAccountInAnEndedRound_bet_isRefusedAccountLockedFirst() {
    BetDecision decision =
        BetRules.decide(
            TEN_USD,
            Optional.empty(),
            true,
            Optional.of(lockedAccount(ALICE, USD, "0")),
            true,
            Optional.of(round(RoundState.ENDED)));

    assertThat(decision).isEqualTo(refused(Refusal.ACCOUNT_LOCKED));
  }

  @Test
  void givenEndedRoundAndTooLittleMoney_bet_isRefusedRoundEndedFirst() {
    BetDecision decision =
        BetRules.decide(
            TEN_USD,
            Optional.empty(),
            true,
            Optional.of(account(ALICE, USD, "1.00")),
            true,
            Optional.of(round(RoundState.ENDED)));

    assertThat(decision).isEqualTo(refused(Refusal.ROUND_ENDED));
  }
}
