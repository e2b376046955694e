package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.dec;
import static dev.walletgate.domain.rules.Given.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** L1 (and M4 over a history) as checked by {@link LedgerRules}. */
class LedgerRulesTest {
  private static final BigDecimal OPENING = dec("0.00");

  /** Deposit 100, bet 30, win 12.50, refund of the bet 30, withdraw 50: ends at 62.50. */
  private static final List<LedgerEntry> HISTORY =
      List.of(
          entry("dep-1", ALICE, USD, EntryKind.DEPOSIT, dec("100.00"), dec("100.00")),
          entry("bet-1", ALICE, USD, EntryKind.BET, dec("30.00"), dec("70.00")),
          entry("win-1", ALICE, USD, EntryKind.WIN, dec("12.50"), dec("82.50")),
          entry("bet-1", ALICE, USD, EntryKind.REFUND, dec("30.00"), dec("112.50")),
          entry("wd-1", ALICE, USD, EntryKind.WITHDRAWAL, dec("50.00"), dec("62.50")));

  @Test
  void L1_replay_addsEverySignedEntryToTheOpeningBalance() {
    assertThat(LedgerRules.replay(OPENING, HISTORY)).isEqualByComparingTo("62.50");
    assertThat(LedgerRules.replay(dec("5"), HISTORY)).isEqualByComparingTo("67.50");
  }

  @Test
  void L1_replayOfNoEntries_isTheOpeningBalance() {
    assertThat(LedgerRules.replay(dec("7.25"), List.of())).isEqualByComparingTo("7.25");
  }

  @Test
  void L1_consistentHistory_holds() {
    assertThat(LedgerRules.holds(OPENING, HISTORY, dec("62.50"))).isTrue();
  }

  @Test
  void L1_balanceWrittenAtAnotherScale_stillHolds() {
    assertThat(LedgerRules.holds(OPENING, HISTORY, dec("62.5"))).isTrue();
  }

  @Test
  void L1_balanceThatDiffersFromTheEntries_doesNotHold() {
    assertThat(LedgerRules.holds(OPENING, HISTORY, dec("62.51"))).isFalse();
  }

  @Test
  void L1_entryWhoseBalanceAfterIsNotTheRunningSum_doesNotHold() {
    List<LedgerEntry> wrong =
        List.of(
            entry("dep-1", ALICE, USD, EntryKind.DEPOSIT, dec("100.00"), dec("100.00")),
            entry("bet-1", ALICE, USD, EntryKind.BET, dec("30.00"), dec("71.00")));

    assertThat(LedgerRules.holds(OPENING, wrong, dec("70.00"))).isFalse();
  }

  @Test
  void L1_emptyHistory_holdsOnlyForTheOpeningBalance() {
    assertThat(LedgerRules.holds(dec("3.00"), List.of(), dec("3"))).isTrue();
    assertThat(LedgerRules.holds(dec("3.00"), List.of(), dec("0"))).isFalse();
  }

  @Test
  void M4_historyThatDipsBelowZero_doesNotHoldEvenIfItEndsPositive() {
    List<LedgerEntry> dips =
        List.of(
            entry("bet-1", ALICE, USD, EntryKind.BET, dec("10.00"), dec("-10.00")),
            entry("dep-1", ALICE, USD, EntryKind.DEPOSIT, dec("20.00"), dec("10.00")));

    assertThat(LedgerRules.holds(OPENING, dips, dec("10.00"))).isFalse();
  }

  @Test
  void L1_entryWithASignAgainstItsKind_cannotBeBuilt() {
    assertThatThrownBy(() -> signed(EntryKind.BET, "5.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signed(EntryKind.WIN, "-5.00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signed(EntryKind.WITHDRAWAL, "5.00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void W3_zeroEntry_isValidForEveryKind() {
    for (EntryKind kind : EntryKind.values()) {
      assertThat(signed(kind, "0.00").amount()).isEqualByComparingTo("0");
    }
  }

  @Test
  void L1_entryKindsCarryTheirSign() {
    assertThat(EntryKind.DEPOSIT.sign()).isEqualTo(1);
    assertThat(EntryKind.WIN.sign()).isEqualTo(1);
    assertThat(EntryKind.REFUND.sign()).isEqualTo(1);
    assertThat(EntryKind.BET.sign()).isEqualTo(-1);
    assertThat(EntryKind.WITHDRAWAL.sign()).isEqualTo(-1);
  }

  private static LedgerEntry signed(EntryKind kind, String amount) {
    return new LedgerEntry(
        new OperatorTransactionId("tx-1"),
        ALICE,
        USD,
        kind,
        dec(amount),
        dec("10.00"),
        null,
        "ref-1",
        Given.T0);
  }
}
