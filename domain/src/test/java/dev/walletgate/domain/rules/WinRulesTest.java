package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.EUR;
import static dev.walletgate.domain.rules.Given.OTHER_ROUND;
import static dev.walletgate.domain.rules.Given.ROUND;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.account;
import static dev.walletgate.domain.rules.Given.bet;
import static dev.walletgate.domain.rules.Given.dec;
import static dev.walletgate.domain.rules.Given.lockedAccount;
import static dev.walletgate.domain.rules.Given.voided;
import static dev.walletgate.domain.rules.Given.win;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.outcome.Refusal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** W1-W5 as decided by {@link WinRules}. */
class WinRulesTest {
  private static final Account ALICE_USD = account(ALICE, USD, "100.00");
  private static final Bet OPEN_BET = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);

  /** A Kyren Result: credited whether or not the round has bets. */
  private static WinAttempt kyren(String amount) {
    return new WinAttempt(ALICE, USD, dec(amount), ROUND, false, false);
  }

  /** A LuckyMonaco win, which needs a booked bet unless it carries a bonus code. */
  private static WinAttempt luckyMonaco(String amount, boolean bonus) {
    return new WinAttempt(ALICE, USD, dec(amount), ROUND, true, bonus);
  }

  private static WinDecision decide(
      WinAttempt attempt, List<BetKeyHolder> roundBets, Account account) {
    return WinRules.decide(attempt, Optional.empty(), roundBets, Optional.of(account), true);
  }

  private static WinDecision decideAgain(WinAttempt attempt, Win existing) {
    return WinRules.decide(
        attempt, Optional.of(existing), List.of(OPEN_BET), Optional.of(ALICE_USD), true);
  }

  private static WinDecision refused(Refusal refusal) {
    return new WinDecision.Refuse(refusal);
  }

  @Test
  void W1_firstWin_creditsItsAmount() {
    assertThat(decide(kyren("25.50"), List.of(OPEN_BET), ALICE_USD))
        .isEqualTo(new WinDecision.Credit(dec("125.50")));
  }

  @Test
  void W1_lockedPlayer_stillWins() {
    assertThat(decide(kyren("5.00"), List.of(OPEN_BET), lockedAccount(ALICE, USD, "1.00")))
        .isEqualTo(new WinDecision.Credit(dec("6.00")));
  }

  @Test
  void W2_sameWinAgain_isADuplicateOfTheOriginal() {
    Win original = win("w-1", ALICE, USD, "25.5", ROUND);

    assertThat(decideAgain(kyren("25.50"), original))
        .isEqualTo(new WinDecision.Duplicate(original));
  }

  @Test
  void W2_sameWinKeyWithAnotherAmount_isRefusedConflictingDuplicate() {
    Win original = win("w-1", ALICE, USD, "25.51", ROUND);

    assertThat(decideAgain(kyren("25.50"), original))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void W2_sameWinKeyWithAnotherPlayer_isRefusedConflictingDuplicate() {
    Win original = win("w-1", BOB, USD, "25.50", ROUND);

    assertThat(decideAgain(kyren("25.50"), original))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void W2_sameWinKeyWithAnotherCurrency_isRefusedConflictingDuplicate() {
    Win original = win("w-1", ALICE, EUR, "25.50", ROUND);

    assertThat(decideAgain(kyren("25.50"), original))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void W2_sameWinKeyInAnotherRound_isRefusedConflictingDuplicate() {
    Win original = win("w-1", ALICE, USD, "25.50", OTHER_ROUND);

    assertThat(decideAgain(kyren("25.50"), original))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void W2_duplicateWin_isRecognisedEvenWhenTheAccountIsGone() {
    Win original = win("w-1", ALICE, USD, "25.50", ROUND);

    WinDecision decision =
        WinRules.decide(kyren("25.50"), Optional.of(original), List.of(), Optional.empty(), false);

    assertThat(decision).isEqualTo(new WinDecision.Duplicate(original));
  }

  @Test
  void W3_zeroWin_isCreditedAndLeavesTheBalanceUnchanged() {
    WinDecision decision = decide(kyren("0.00"), List.of(OPEN_BET), ALICE_USD);

    assertThat(decision).isInstanceOf(WinDecision.Credit.class);
    assertThat(((WinDecision.Credit) decision).balanceAfter()).isEqualByComparingTo("100.00");
  }

  @Test
  void W4_winIntoARoundWhoseBetsAreAllVoidedOrCancelled_isRefusedBetVoided() {
    List<BetKeyHolder> roundBets =
        List.of(voided("b-1", ALICE, USD), bet("b-2", ALICE, USD, "10.00", BetState.CANCELLED));

    assertThat(decide(kyren("5.00"), roundBets, ALICE_USD)).isEqualTo(refused(Refusal.BET_VOIDED));
  }

  @Test
  void W4_bonusWinIntoARoundWhoseOnlyBetWasCancelled_isStillRefusedBetVoided() {
    List<BetKeyHolder> roundBets = List.of(bet("b-1", ALICE, USD, "10.00", BetState.CANCELLED));

    assertThat(decide(luckyMonaco("5.00", true), roundBets, ALICE_USD))
        .isEqualTo(refused(Refusal.BET_VOIDED));
  }

  @Test
  void W4_roundWithOneCancelledAndOneOpenBet_isCredited() {
    List<BetKeyHolder> roundBets =
        List.of(bet("b-1", ALICE, USD, "10.00", BetState.CANCELLED), OPEN_BET);

    assertThat(decide(kyren("5.00"), roundBets, ALICE_USD))
        .isEqualTo(new WinDecision.Credit(dec("105.00")));
  }

  @Test
  void W5_luckyMonacoWinForASpinWithoutBets_isRefusedBetNotFound() {
    assertThat(decide(luckyMonaco("5.00", false), List.of(), ALICE_USD))
        .isEqualTo(refused(Refusal.BET_NOT_FOUND));
  }

  @Test
  void W5_luckyMonacoWinWithABonusCodeAndNoBet_isCredited() {
    assertThat(decide(luckyMonaco("5.00", true), List.of(), ALICE_USD))
        .isEqualTo(new WinDecision.Credit(dec("105.00")));
  }

  @Test
  void W5_luckyMonacoWinForASpinWithABookedBet_isCredited() {
    assertThat(decide(luckyMonaco("5.00", false), List.of(OPEN_BET), ALICE_USD))
        .isEqualTo(new WinDecision.Credit(dec("105.00")));
  }

  @Test
  void W5_luckyMonacoWinAfterItsSpinWasSettled_isCredited() {
    List<BetKeyHolder> settled = List.of(bet("b-1", ALICE, USD, "10.00", BetState.SETTLED));

    assertThat(decide(luckyMonaco("5.00", false), settled, ALICE_USD))
        .isEqualTo(new WinDecision.Credit(dec("105.00")));
  }

  @Test
  void W5_kyrenResultForARoundWithoutBets_isCredited() {
    assertThat(decide(kyren("5.00"), List.of(), ALICE_USD))
        .isEqualTo(new WinDecision.Credit(dec("105.00")));
  }

  @Test
  void B5_winForAnUnknownPlayer_isRefusedPlayerNotFound() {
    WinDecision decision =
        WinRules.decide(kyren("5.00"), Optional.empty(), List.of(), Optional.empty(), false);

    assertThat(decision).isEqualTo(refused(Refusal.PLAYER_NOT_FOUND));
  }

  @Test
  void B5_winInACurrencyThePlayerHasNoAccountIn_isRefusedCurrencyMismatch() {
    WinDecision decision =
        WinRules.decide(kyren("5.00"), Optional.empty(), List.of(), Optional.empty(), true);

    assertThat(decision).isEqualTo(refused(Refusal.CURRENCY_MISMATCH));
  }
}
