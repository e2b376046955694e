package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.ROUND;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.bet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M3: a credit that would take a balance past what the NUMERIC(38, 18) column holds is refused as
 * an invalid amount, so the database never sees a value it would reject (and the provider is never
 * told to retry a call that cannot succeed). A credit up to the largest storable balance books.
 */
class BalanceCeilingTest {
  private static final BigDecimal TEN = new BigDecimal("10.00");
  private static final BigDecimal JUST_FITS = StoredAmount.MAX.subtract(TEN);
  private static final BigDecimal OVER_BY_A_CENT = JUST_FITS.add(new BigDecimal("0.01"));

  private static Account alice(BigDecimal balance) {
    return new Account(ALICE, USD, balance, false);
  }

  @Test
  void M3_depositUpToTheColumn_books_andPastIt_isRefused() {
    assertThat(((Decision.Booked) deposit(JUST_FITS)).account().orElseThrow().balance())
        .isEqualTo(StoredAmount.MAX);
    assertThat(((Decision.Refused) deposit(OVER_BY_A_CENT)).refusal())
        .isEqualTo(Refusal.INVALID_AMOUNT);
  }

  @Test
  void M3_winUpToTheColumn_credits_andPastIt_isRefused() {
    assertThat(win(JUST_FITS)).isEqualTo(new WinDecision.Credit(StoredAmount.MAX));
    assertThat(win(OVER_BY_A_CENT)).isEqualTo(new WinDecision.Refuse(Refusal.INVALID_AMOUNT));
  }

  @Test
  void M3_refundUpToTheColumn_refunds_andPastIt_isRefused() {
    Bet open = bet("b-1", ALICE, USD, "10.00", BetState.OPEN);
    assertThat(refund(open, JUST_FITS))
        .isEqualTo(new CancelDecision.Refund(open, StoredAmount.MAX));
    assertThat(refund(open, OVER_BY_A_CENT))
        .isEqualTo(new CancelDecision.Refuse(Refusal.INVALID_AMOUNT));
  }

  private static Decision deposit(BigDecimal balance) {
    return TransferRules.book(
        new TransferCall(ALICE, EntryKind.DEPOSIT, TEN, "dep-1"),
        Optional.empty(),
        Optional.of(alice(balance)),
        new Stamp(Instant.EPOCH, () -> new OperatorTransactionId("op-1")));
  }

  private static WinDecision win(BigDecimal balance) {
    return WinRules.decide(
        new WinAttempt(ALICE, USD, TEN, ROUND, false, false),
        Optional.empty(),
        List.of(),
        Optional.of(alice(balance)),
        true);
  }

  private static CancelDecision refund(Bet open, BigDecimal balance) {
    return CancelRules.decide(
        new CancelAttempt(ALICE, Optional.of(USD)), Optional.of(open), Optional.of(alice(balance)));
  }
}
