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

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L2 and M4 for the platform's deposits and withdrawals, as decided by {@link TransferRules}. */
class TransferRulesTest {
  private static final Optional<Account> ALICE_USD = Optional.of(account(ALICE, USD, "50.00"));
  private static final LedgerEntry DEPOSIT_20 =
      transfer("dep-1", ALICE, USD, EntryKind.DEPOSIT, "20.00", "70.00");
  private static final LedgerEntry WITHDRAWAL_20 =
      transfer("wd-1", ALICE, USD, EntryKind.WITHDRAWAL, "20.00", "30.00");

  private static final Instant AT = Instant.parse("2026-03-04T05:06:07Z");
  private static final OperatorTransactionId TX = new OperatorTransactionId("op-transfer");
  private static final Stamp STAMP = new Stamp(AT, () -> TX);

  private static Decision decide(EntryKind kind, String amount) {
    return TransferRules.book(
        new TransferCall(ALICE, kind, dec(amount), "ref-new"), Optional.empty(), ALICE_USD, STAMP);
  }

  private static Decision again(
      EntryKind kind, String amount, LedgerEntry existing, Optional<Account> account) {
    return TransferRules.book(
        new TransferCall(ALICE, kind, dec(amount), existing.key()),
        Optional.of(existing),
        account,
        STAMP);
  }

  private static Refusal refusal(Decision decision) {
    return ((Decision.Refused) decision).refusal();
  }

  private static OperatorTransactionId original(Decision decision) {
    return ((Decision.Repeated) decision).original();
  }

  private static BigDecimal balanceAfter(Decision decision) {
    return ((Decision.Booked) decision).account().orElseThrow().balance();
  }

  @Test
  void L2_deposit_isBookedAndRaisesTheBalance() {
    assertThat(decide(EntryKind.DEPOSIT, "20.00"))
        .extracting(TransferRulesTest::balanceAfter)
        .isEqualTo(dec("70.00"));
  }

  @Test
  void L2_withdrawal_isBookedAndLowersTheBalance() {
    assertThat(decide(EntryKind.WITHDRAWAL, "20.00"))
        .extracting(TransferRulesTest::balanceAfter)
        .isEqualTo(dec("30.00"));
  }

  @Test
  void M4_withdrawalOfTheWholeBalance_leavesZero() {
    Decision decision = decide(EntryKind.WITHDRAWAL, "50.00");

    assertThat(decision).isInstanceOf(Decision.Booked.class);
    assertThat(balanceAfter(decision)).isEqualByComparingTo("0");
  }

  @Test
  void M4_withdrawalAboveTheBalance_isRefusedInsufficientFunds() {
    assertThat(decide(EntryKind.WITHDRAWAL, "50.01"))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.INSUFFICIENT_FUNDS);
  }

  @Test
  void L2_transferForAPlayerWithoutThatAccount_isRefusedPlayerNotFound() {
    assertThat(
            TransferRules.book(
                new TransferCall(ALICE, EntryKind.DEPOSIT, dec("1"), "ref-new"),
                Optional.empty(),
                Optional.empty(),
                STAMP))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.PLAYER_NOT_FOUND);
  }

  @Test
  void L2_sameDepositReferenceWithTheSameContent_isADuplicateOfTheOriginal() {
    assertThat(again(EntryKind.DEPOSIT, "20", DEPOSIT_20, ALICE_USD))
        .extracting(TransferRulesTest::original)
        .isEqualTo(DEPOSIT_20.transaction());
  }

  @Test
  void L2_sameWithdrawalReferenceWithTheSameContent_isADuplicateOfTheOriginal() {
    assertThat(again(EntryKind.WITHDRAWAL, "20.00", WITHDRAWAL_20, ALICE_USD))
        .extracting(TransferRulesTest::original)
        .isEqualTo(WITHDRAWAL_20.transaction());
  }

  @Test
  void L2_duplicateWithdrawal_isRecognisedEvenIfTheBalanceNoLongerCoversIt() {
    Optional<Account> emptied = Optional.of(account(ALICE, USD, "0.00"));

    assertThat(again(EntryKind.WITHDRAWAL, "20.00", WITHDRAWAL_20, emptied))
        .extracting(TransferRulesTest::original)
        .isEqualTo(WITHDRAWAL_20.transaction());
  }

  @Test
  void L2_sameReferenceWithAnotherAmount_isRefusedConflictingDuplicate() {
    assertThat(again(EntryKind.DEPOSIT, "20.01", DEPOSIT_20, ALICE_USD))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.CONFLICTING_DUPLICATE);
  }

  @Test
  void L2_sameReferenceWithAnotherKind_isRefusedConflictingDuplicate() {
    assertThat(again(EntryKind.WITHDRAWAL, "20.00", DEPOSIT_20, ALICE_USD))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.CONFLICTING_DUPLICATE);
  }

  @Test
  void L2_sameReferenceForAnotherPlayer_isRefusedConflictingDuplicate() {
    LedgerEntry bobs = transfer("dep-1", BOB, USD, EntryKind.DEPOSIT, "20.00", "20.00");

    assertThat(again(EntryKind.DEPOSIT, "20.00", bobs, ALICE_USD))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.CONFLICTING_DUPLICATE);
  }

  @Test
  void L2_sameReferenceInAnotherCurrency_isRefusedConflictingDuplicate() {
    Optional<Account> aliceEur = Optional.of(account(ALICE, EUR, "50.00"));

    assertThat(again(EntryKind.DEPOSIT, "20.00", DEPOSIT_20, aliceEur))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.CONFLICTING_DUPLICATE);
  }

  @Test
  void L2_sameReferenceWhenThePlayerHasNoAccountInTheCurrency_isRefusedConflictingDuplicate() {
    assertThat(again(EntryKind.DEPOSIT, "20.00", DEPOSIT_20, Optional.empty()))
        .extracting(TransferRulesTest::refusal)
        .isEqualTo(Refusal.CONFLICTING_DUPLICATE);
  }

  @Test
  void L2_bookedWithdrawal_isOneEntryUnderThePlatformsReference() {
    Decision decision = decide(EntryKind.WITHDRAWAL, "20.00");

    Account after = account(ALICE, USD, "30.00");
    assertThat(decision)
        .isEqualTo(
            new Decision.Booked(
                Optional.of(TX),
                List.of(
                    new Effect.Transferred(
                        LedgerEntry.booked(
                            TX, after, EntryKind.WITHDRAWAL, dec("-20.00"), null, "ref-new", AT))),
                Optional.of(after)));
  }

  @Test
  void givenAGameEntryKind_transfer_isABug() {
    for (EntryKind kind : new EntryKind[] {EntryKind.BET, EntryKind.WIN, EntryKind.REFUND}) {
      assertThatThrownBy(() -> decide(kind, "1.00")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
