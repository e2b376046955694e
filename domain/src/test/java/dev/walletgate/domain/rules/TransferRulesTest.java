package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.EUR;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.account;
import static dev.walletgate.domain.rules.Given.dec;
import static dev.walletgate.domain.rules.Given.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L2 and M4 for the platform's deposits and withdrawals, as decided by {@link TransferRules}. */
class TransferRulesTest {
  private static final Optional<Account> ALICE_USD = Optional.of(account(ALICE, USD, "50.00"));
  private static final LedgerEntry DEPOSIT_20 =
      transfer("dep-1", ALICE, USD, EntryKind.DEPOSIT, "20.00", "70.00");
  private static final LedgerEntry WITHDRAWAL_20 =
      transfer("wd-1", ALICE, USD, EntryKind.WITHDRAWAL, "20.00", "30.00");

  private static TransferDecision decide(EntryKind kind, String amount) {
    return TransferRules.decide(ALICE, kind, dec(amount), Optional.empty(), ALICE_USD);
  }

  private static TransferDecision again(
      EntryKind kind, String amount, LedgerEntry existing, Optional<Account> account) {
    return TransferRules.decide(ALICE, kind, dec(amount), Optional.of(existing), account);
  }

  private static TransferDecision refused(Refusal refusal) {
    return new TransferDecision.Refuse(refusal);
  }

  @Test
  void L2_deposit_isBookedAndRaisesTheBalance() {
    assertThat(decide(EntryKind.DEPOSIT, "20.00"))
        .isEqualTo(new TransferDecision.Book(dec("70.00")));
  }

  @Test
  void L2_withdrawal_isBookedAndLowersTheBalance() {
    assertThat(decide(EntryKind.WITHDRAWAL, "20.00"))
        .isEqualTo(new TransferDecision.Book(dec("30.00")));
  }

  @Test
  void M4_withdrawalOfTheWholeBalance_leavesZero() {
    TransferDecision decision = decide(EntryKind.WITHDRAWAL, "50.00");

    assertThat(decision).isInstanceOf(TransferDecision.Book.class);
    assertThat(((TransferDecision.Book) decision).balanceAfter()).isEqualByComparingTo("0");
  }

  @Test
  void M4_withdrawalAboveTheBalance_isRefusedInsufficientFunds() {
    assertThat(decide(EntryKind.WITHDRAWAL, "50.01"))
        .isEqualTo(refused(Refusal.INSUFFICIENT_FUNDS));
  }

  @Test
  void L2_transferForAPlayerWithoutThatAccount_isRefusedPlayerNotFound() {
    assertThat(
            TransferRules.decide(
                ALICE, EntryKind.DEPOSIT, dec("1"), Optional.empty(), Optional.empty()))
        .isEqualTo(refused(Refusal.PLAYER_NOT_FOUND));
  }

  @Test
  void L2_sameDepositReferenceWithTheSameContent_isADuplicateOfTheOriginal() {
    assertThat(again(EntryKind.DEPOSIT, "20", DEPOSIT_20, ALICE_USD))
        .isEqualTo(new TransferDecision.Duplicate(DEPOSIT_20));
  }

  @Test
  void L2_sameWithdrawalReferenceWithTheSameContent_isADuplicateOfTheOriginal() {
    assertThat(again(EntryKind.WITHDRAWAL, "20.00", WITHDRAWAL_20, ALICE_USD))
        .isEqualTo(new TransferDecision.Duplicate(WITHDRAWAL_20));
  }

  @Test
  void L2_duplicateWithdrawal_isRecognisedEvenIfTheBalanceNoLongerCoversIt() {
    Optional<Account> emptied = Optional.of(account(ALICE, USD, "0.00"));

    assertThat(again(EntryKind.WITHDRAWAL, "20.00", WITHDRAWAL_20, emptied))
        .isEqualTo(new TransferDecision.Duplicate(WITHDRAWAL_20));
  }

  @Test
  void L2_sameReferenceWithAnotherAmount_isRefusedConflictingDuplicate() {
    assertThat(again(EntryKind.DEPOSIT, "20.01", DEPOSIT_20, ALICE_USD))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void L2_sameReferenceWithAnotherKind_isRefusedConflictingDuplicate() {
    assertThat(again(EntryKind.WITHDRAWAL, "20.00", DEPOSIT_20, ALICE_USD))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void L2_sameReferenceForAnotherPlayer_isRefusedConflictingDuplicate() {
    LedgerEntry bobs = transfer("dep-1", BOB, USD, EntryKind.DEPOSIT, "20.00", "20.00");

    assertThat(again(EntryKind.DEPOSIT, "20.00", bobs, ALICE_USD))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void L2_sameReferenceInAnotherCurrency_isRefusedConflictingDuplicate() {
    Optional<Account> aliceEur = Optional.of(account(ALICE, EUR, "50.00"));

    assertThat(again(EntryKind.DEPOSIT, "20.00", DEPOSIT_20, aliceEur))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void L2_sameReferenceWhenThePlayerHasNoAccountInTheCurrency_isRefusedConflictingDuplicate() {
    assertThat(again(EntryKind.DEPOSIT, "20.00", DEPOSIT_20, Optional.empty()))
        .isEqualTo(refused(Refusal.CONFLICTING_DUPLICATE));
  }

  @Test
  void givenAGameEntryKind_transfer_isABug() {
    for (EntryKind kind : new EntryKind[] {EntryKind.BET, EntryKind.WIN, EntryKind.REFUND}) {
      assertThatThrownBy(() -> decide(kind, "1.00")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
