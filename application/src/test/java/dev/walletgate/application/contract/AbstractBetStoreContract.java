package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.KYREN;
import static dev.walletgate.application.contract.StoreFixtures.LUCKYMONACO;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.assertSameValues;
import static dev.walletgate.application.contract.StoreFixtures.insert;
import static dev.walletgate.application.contract.StoreFixtures.openBet;
import static dev.walletgate.application.contract.StoreFixtures.txId;
import static dev.walletgate.application.contract.StoreFixtures.voidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.VoidedKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.walletgate.application.port.out.BetStore}: bets, voids and rounds. */
public abstract class AbstractBetStoreContract extends AbstractStorageContract {
  private static final BetKey K1 = new BetKey("bet-1");
  private static final RoundId R1 = new RoundId("round-1");

  @Test
  void B1_givenInsertedBet_findAndFindForUpdate_returnItExactly() {
    Bet bet = openBet(KYREN, "bet-1", "round-1", T0);
    doInTx(s -> s.bets().insert(bet));

    assertSameValues(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow(), bet);
    assertSameValues(inTx((Stores s) -> s.bets().findForUpdate(KYREN, K1)).orElseThrow(), bet);
  }

  @Test
  void C3_givenVoidedKey_find_returnsTheVoidWithItsEmptyFields() {
    VoidedKey voided = voidOf(KYREN, "bet-1", T0);
    doInTx(s -> s.bets().insertVoid(voided));

    BetKeyHolder found = inTx((Stores s) -> s.bets().findForUpdate(KYREN, K1)).orElseThrow();

    assertSameValues(found, voided);
    assertThat(found).isInstanceOf(VoidedKey.class);
    assertThat(found.currency()).isNull();
    assertThat(found.round()).isNull();
    assertThat(((VoidedKey) found).session()).isNull();
  }

  @Test
  void givenNoRow_find_returnsEmpty() {
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0)));

    assertThat(inTx((Stores s) -> s.bets().find(KYREN, new BetKey("bet-2")))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().findForUpdate(KYREN, new BetKey("bet-2")))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().find(LUCKYMONACO, K1))).isEmpty();
  }

  @Test
  void B1_givenBookedKey_secondBetWithIt_conflictsAndKeepsTheFirst() {
    Bet first = openBet(KYREN, "bet-1", "round-1", T0);
    doInTx(s -> s.bets().insert(first));

    assertThatThrownBy(() -> doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-2", T0))))
        .isInstanceOf(RetryableConflictException.class);
    assertSameValues(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow(), first);
  }

  @Test
  void C7_givenVoidedKey_betWithIt_conflicts() {
    VoidedKey voided = voidOf(KYREN, "bet-1", T0);
    doInTx(s -> s.bets().insertVoid(voided));

    assertThatThrownBy(() -> doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0))))
        .isInstanceOf(RetryableConflictException.class);
    assertSameValues(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow(), voided);
  }

  @Test
  void C7_givenBookedKey_voidOfIt_conflicts() {
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0)));

    assertThatThrownBy(() -> doInTx(s -> s.bets().insertVoid(voidOf(KYREN, "bet-1", T0))))
        .isInstanceOf(RetryableConflictException.class);
    assertThat(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow().state())
        .isEqualTo(BetState.OPEN);
  }

  @Test
  void givenSameKeyInTwoIntegrations_insert_keepsBoth() {
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0)));
    doInTx(s -> s.bets().insertVoid(voidOf(LUCKYMONACO, "bet-1", T0)));

    assertThat(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow().state())
        .isEqualTo(BetState.OPEN);
    assertThat(inTx((Stores s) -> s.bets().find(LUCKYMONACO, K1)).orElseThrow().state())
        .isEqualTo(BetState.VOIDED);
  }

  @Test
  void C1_givenOpenBet_updateToCancelled_storesStateAndCancelTransaction() {
    Bet bet = openBet(KYREN, "bet-1", "round-1", T0);
    doInTx(s -> s.bets().insert(bet));
    Bet cancelled = bet.cancelled(txId());

    doInTx(s -> s.bets().update(cancelled));

    assertSameValues(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow(), cancelled);
  }

  @Test
  void R1_givenOpenBet_updateToSettled_storesStateOnly() {
    Bet bet = openBet(KYREN, "bet-1", "round-1", T0);
    doInTx(s -> s.bets().insert(bet));

    doInTx(s -> s.bets().update(bet.settled()));

    Bet settled = (Bet) inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow();
    assertThat(settled.state()).isEqualTo(BetState.SETTLED);
    assertThat(settled.cancelTransaction()).isNull();
    assertThat(settled.stake()).isEqualByComparingTo(bet.stake());
    assertThat(settled.debitTransaction()).isEqualTo(bet.debitTransaction());
  }

  @Test
  void givenBetsOfSeveralRounds_findByRoundForUpdate_returnsTheRoundsRowsInCreationOrder() {
    // Keys deliberately out of alphabetical order: creation order is what counts.
    Bet first = openBet(KYREN, "zeta", "round-1", T0);
    Bet second = openBet(KYREN, "alpha", "round-1", T0.plusMillis(10));
    Bet third = openBet(KYREN, "mu", "round-1", T0.plusMillis(20));
    Bet otherRound = openBet(KYREN, "beta", "round-2", T0.plusMillis(5));
    Bet otherIntegration = openBet(LUCKYMONACO, "gamma", "round-1", T0.plusMillis(5));
    VoidedKey voidWithoutRound = voidOf(KYREN, "delta", T0.plusMillis(5));
    for (BetKeyHolder b :
        List.of(first, otherRound, second, otherIntegration, voidWithoutRound, third)) {
      doInTx(s -> insert(s, b));
    }

    List<BetKeyHolder> round = inTx((Stores s) -> s.bets().findByRoundForUpdate(KYREN, R1));

    assertSameValues(round, List.of(first, second, third));
    assertThat(inTx((Stores s) -> s.bets().findByRoundForUpdate(KYREN, new RoundId("round-9"))))
        .isEmpty();
  }

  @Test
  void givenNoRound_findRoundForUpdate_returnsEmpty() {
    assertThat(inTx((Stores s) -> s.bets().findRoundForUpdate(KYREN, R1))).isEmpty();
  }

  @Test
  void givenInsertedRound_findRoundForUpdate_returnsItInItsIntegrationOnly() {
    Round round = new Round(KYREN, R1, RoundState.OPEN);
    doInTx(s -> s.bets().insertRound(round));

    assertThat(inTx((Stores s) -> s.bets().findRoundForUpdate(KYREN, R1))).contains(round);
    assertThat(inTx((Stores s) -> s.bets().findRoundForUpdate(LUCKYMONACO, R1))).isEmpty();
  }

  @Test
  void givenTakenRoundId_insertRound_conflicts() {
    doInTx(s -> s.bets().insertRound(new Round(KYREN, R1, RoundState.OPEN)));

    assertThatThrownBy(
            () -> doInTx(s -> s.bets().insertRound(new Round(KYREN, R1, RoundState.ENDED))))
        .isInstanceOf(RetryableConflictException.class);
    assertThat(inTx((Stores s) -> s.bets().findRoundForUpdate(KYREN, R1)).orElseThrow().state())
        .isEqualTo(RoundState.OPEN);
  }

  @Test
  void R1_givenOpenRound_updateRound_endsIt() {
    doInTx(s -> s.bets().insertRound(new Round(KYREN, R1, RoundState.OPEN)));
    doInTx(s -> s.bets().insertRound(new Round(KYREN, new RoundId("round-2"), RoundState.OPEN)));

    doInTx(s -> s.bets().updateRound(new Round(KYREN, R1, RoundState.ENDED)));

    assertThat(inTx((Stores s) -> s.bets().findRoundForUpdate(KYREN, R1)).orElseThrow().state())
        .isEqualTo(RoundState.ENDED);
    assertThat(
            inTx((Stores s) -> s.bets().findRoundForUpdate(KYREN, new RoundId("round-2")))
                .orElseThrow()
                .state())
        .isEqualTo(RoundState.OPEN);
  }

  // Reconciliation lists: open bets past a cutoff, voided keys.

  @Test
  void
      givenBetsOfEveryStateAroundTheCutoff_findOpenCreatedBefore_returnsOpenOnesBeforeItOldestFirst() {
    Instant cutoff = T0.plusSeconds(60);
    Bet oldest = openBet(KYREN, "open-b", "round-1", T0);
    Bet middle = openBet(LUCKYMONACO, "open-c", "round-2", T0.plusMillis(500));
    Bet newest = openBet(KYREN, "open-a", "round-3", cutoff.minusMillis(1));
    Bet atCutoff = openBet(KYREN, "open-d", "round-4", cutoff);
    Bet later = openBet(KYREN, "open-e", "round-5", cutoff.plusSeconds(1));
    Bet settled = openBet(KYREN, "settled", "round-6", T0).settled();
    Bet cancelled = openBet(KYREN, "cancelled", "round-7", T0).cancelled(txId());
    VoidedKey voided = voidOf(KYREN, "voided", T0);
    for (BetKeyHolder b :
        List.of(later, newest, settled, atCutoff, oldest, voided, middle, cancelled)) {
      doInTx(s -> insert(s, b));
    }

    assertSameValues(
        inTx((Stores s) -> s.bets().findOpenCreatedBefore(cutoff, 10)),
        List.of(oldest, middle, newest));
    assertThat(inTx((Stores s) -> s.bets().countOpenCreatedBefore(cutoff))).isEqualTo(3);
  }

  @Test
  void givenMoreOpenBetsThanTheLimit_findOpenCreatedBefore_returnsTheOldestAndCountsThemAll() {
    List<Bet> bets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      bets.add(openBet(KYREN, "bet-" + (9 - i), "round-" + i, T0.plusMillis(10L * i)));
    }
    for (Bet b : List.of(bets.get(3), bets.get(0), bets.get(4), bets.get(2), bets.get(1))) {
      doInTx(s -> s.bets().insert(b));
    }
    Instant cutoff = T0.plusSeconds(1);

    assertSameValues(
        inTx((Stores s) -> s.bets().findOpenCreatedBefore(cutoff, 2)), bets.subList(0, 2));
    assertSameValues(inTx((Stores s) -> s.bets().findOpenCreatedBefore(cutoff, 5)), bets);
    assertThat(inTx((Stores s) -> s.bets().findOpenCreatedBefore(cutoff, 0))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().countOpenCreatedBefore(cutoff))).isEqualTo(5);
  }

  @Test
  void givenOnlyBetsAtOrAfterTheCutoff_findOpenCreatedBefore_findsNoneAndCountsZero() {
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0)));
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-2", "round-1", T0.plusMillis(1))));

    assertThat(inTx((Stores s) -> s.bets().findOpenCreatedBefore(T0, 10))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().countOpenCreatedBefore(T0))).isZero();
    assertThat(inTx((Stores s) -> s.bets().countOpenCreatedBefore(T0.plusMillis(1)))).isEqualTo(1);
  }

  @Test
  void givenOpenBetSettledInTheSameTransaction_findOpenCreatedBefore_leavesItOut() {
    Bet settling = openBet(KYREN, "bet-1", "round-1", T0);
    Bet staying = openBet(KYREN, "bet-2", "round-2", T0.plusMillis(1));
    doInTx(s -> s.bets().insert(settling));
    doInTx(s -> s.bets().insert(staying));
    Instant cutoff = T0.plusSeconds(1);

    List<Bet> open =
        inTx(
            s -> {
              s.bets().update(settling.settled());
              return s.bets().findOpenCreatedBefore(cutoff, 10);
            });

    assertSameValues(open, List.of(staying));
    assertThat(inTx((Stores s) -> s.bets().countOpenCreatedBefore(cutoff))).isEqualTo(1);
  }

  @Test
  void C3_givenVoidsAndBets_findVoided_returnsOnlyTheVoidsNewestFirst() {
    VoidedKey first = voidOf(KYREN, "void-c", T0);
    VoidedKey second = voidOf(KYREN, "void-a", T0.plusMillis(1));
    VoidedKey third = voidOf(LUCKYMONACO, "void-b", T0.plusMillis(2));
    Bet open = openBet(KYREN, "open", "round-1", T0.plusMillis(3));
    Bet cancelled = openBet(KYREN, "cancelled", "round-2", T0.plusMillis(4)).cancelled(txId());
    for (BetKeyHolder b : List.of(second, open, third, cancelled, first)) {
      doInTx(s -> insert(s, b));
    }

    assertSameValues(inTx((Stores s) -> s.bets().findVoided(10)), List.of(third, second, first));
    assertThat(inTx((Stores s) -> s.bets().countVoided())).isEqualTo(3);
  }

  @Test
  void givenMoreVoidsThanTheLimit_findVoided_returnsTheNewestAndCountsThemAll() {
    List<VoidedKey> voids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      voids.add(voidOf(KYREN, "void-" + i, T0.plusMillis(10L * i)));
    }
    for (VoidedKey b : List.of(voids.get(2), voids.get(0), voids.get(3), voids.get(1))) {
      doInTx(s -> s.bets().insertVoid(b));
    }

    assertSameValues(
        inTx((Stores s) -> s.bets().findVoided(2)), List.of(voids.get(3), voids.get(2)));
    assertThat(inTx((Stores s) -> s.bets().findVoided(0))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().countVoided())).isEqualTo(4);
  }

  @Test
  void givenNoVoids_findVoided_findsNoneAndCountsZero() {
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0)));
    doInTx(s -> s.bets().insert(openBet(KYREN, "bet-2", "round-1", T0).cancelled(txId())));

    assertThat(inTx((Stores s) -> s.bets().findVoided(10))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().countVoided())).isZero();
  }
}
