package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.KYREN;
import static dev.walletgate.application.contract.StoreFixtures.LUCKYMONACO;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.amount;
import static dev.walletgate.application.contract.StoreFixtures.assertSameValues;
import static dev.walletgate.application.contract.StoreFixtures.entry;
import static dev.walletgate.application.contract.StoreFixtures.openBet;
import static dev.walletgate.application.contract.StoreFixtures.pending;
import static dev.walletgate.application.contract.StoreFixtures.refusal;
import static dev.walletgate.application.contract.StoreFixtures.voidOf;
import static dev.walletgate.application.contract.StoreFixtures.win;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.Claim;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.walletgate.application.port.out.RequestStore}: request records (I1-I5).
 */
public abstract class AbstractRequestStoreContract extends AbstractStorageContract {
  private static final RequestId Q1 = new RequestId("req-1");

  @Test
  void I1_givenClaim_findInTheSameTransaction_seesThePendingRecord() {
    RequestRecord claim = pending(KYREN, "req-1", T0);

    Optional<RequestRecord> seen =
        inTx(
            s -> {
              s.requests().claim(claim);
              return s.requests().find(KYREN, Q1);
            });

    assertThat(seen).isPresent();
    assertSameValues(seen.get(), claim);
    assertThat(seen.get().outcome()).isNull();
  }

  @Test
  void I1_givenClaimAndCompletion_find_returnsTheRecordWithItsOutcome() {
    RequestRecord claim = pending(KYREN, "req-1", T0);
    RecordedOutcome outcome = RecordedOutcome.success("op-77", amount("99.95"), EUR);

    doInTx(
        s -> {
          s.requests().claim(claim);
          s.requests().complete(KYREN, Q1, outcome);
        });

    RequestRecord found = inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow();
    assertThat(found.operation()).isEqualTo(Operation.BET);
    assertThat(found.fingerprint()).isEqualTo(claim.fingerprint());
    assertThat(found.createdAt()).isEqualTo(T0);
    assertSameValues(found.outcome(), outcome);
  }

  @Test
  void I1_givenRefusalWithoutBalance_complete_keepsTheNullFields() {
    RecordedOutcome refused = RecordedOutcome.refused(Refusal.PLAYER_NOT_FOUND, null, null);

    doInTx(
        s -> {
          s.requests().claim(pending(KYREN, "req-1", T0));
          s.requests().complete(KYREN, Q1, refused);
        });

    assertThat(inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow().outcome())
        .isEqualTo(refused);
  }

  @Test
  void I1_givenRolledBackClaim_find_returnsEmpty() {
    assertThatThrownBy(
            () ->
                doInTx(
                    s -> {
                      s.requests().claim(pending(KYREN, "req-1", T0));
                      throw new IllegalStateException("work failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(inTx((Stores s) -> s.requests().find(KYREN, Q1))).isEmpty();
  }

  @Test
  void I4_givenRecordedRequestId_secondClaim_answersFalseAndKeepsTheFirst() {
    RecordedOutcome outcome = RecordedOutcome.success("op-1", null, null);
    assertThat(
            inTx(
                (Stores s) -> {
                  boolean claimed = s.requests().claim(pending(KYREN, "req-1", T0));
                  s.requests().complete(KYREN, Q1, outcome);
                  return claimed;
                }))
        .isTrue();

    RequestRecord other = pending(KYREN, "req-1", Operation.CANCEL, T0.plusSeconds(5), "bet-9");
    assertThat(inTx((Stores s) -> s.requests().claim(other))).isFalse();
    RequestRecord kept = inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow();
    assertThat(kept.outcome()).isEqualTo(outcome);
    assertThat(kept.createdAt()).isEqualTo(T0);
    assertThat(kept.operation()).isNotEqualTo(Operation.CANCEL);
  }

  @Test
  void I4_claimAhead_answersWithTheNextRead_andASecondClaimOfTheIdLoses() {
    RecordedRequestAnswers first =
        inTx(
            s -> {
              Claim claim = s.requests().claimAhead(pending(KYREN, "req-1", T0));
              Optional<RequestRecord> seen = s.requests().find(KYREN, Q1);
              return new RecordedRequestAnswers(claim.won(), claim.answered(), seen.isPresent());
            });
    boolean second =
        inTx(
            (Stores s) ->
                s.requests().claimAhead(pending(KYREN, "req-1", T0.plusSeconds(60))).won());

    assertThat(first).isEqualTo(new RecordedRequestAnswers(true, true, true));
    assertThat(second).isFalse();
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow().createdAt())
        .isEqualTo(T0);
  }

  private record RecordedRequestAnswers(boolean won, boolean answered, boolean seen) {}

  @Test
  void I1_givenClaimWithOutcome_find_returnsItCompleted() {
    RecordedOutcome outcome = RecordedOutcome.success("op-7", amount("12.5"), EUR);
    RequestRecord done =
        new RequestRecord(
            KYREN,
            Q1,
            Operation.BET,
            pending(KYREN, "req-1", T0).fingerprint(),
            outcome,
            T0,
            "bet-7");

    assertThat(inTx((Stores s) -> s.requests().claim(done))).isTrue();

    assertSameValues(inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow(), done);
  }

  @Test
  void givenSameRequestIdInTwoIntegrations_claim_keepsBoth() {
    doInTx(s -> s.requests().claim(pending(KYREN, "req-1", T0)));
    doInTx(s -> s.requests().claim(pending(LUCKYMONACO, "req-1", T0.plusMillis(1))));

    assertThat(inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow().createdAt())
        .isEqualTo(T0);
    assertThat(inTx((Stores s) -> s.requests().find(LUCKYMONACO, Q1)).orElseThrow().createdAt())
        .isEqualTo(T0.plusMillis(1));
  }

  @Test
  void I5_givenOldAndNewRecords_purge_deletesOnlyThoseCreatedBeforeTheCutoff() {
    var cutoff = T0.plus(Duration.ofDays(30));
    doInTx(s -> s.requests().claim(pending(KYREN, "old-1", T0)));
    doInTx(s -> s.requests().claim(pending(LUCKYMONACO, "old-2", cutoff.minusMillis(1))));
    doInTx(s -> s.requests().claim(pending(KYREN, "at-cutoff", cutoff)));
    doInTx(s -> s.requests().claim(pending(KYREN, "new", cutoff.plusSeconds(1))));

    int purged = inTx((Stores s) -> s.requests().purgeCreatedBefore(cutoff));

    assertThat(purged).isEqualTo(2);
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("old-1")))).isEmpty();
    assertThat(inTx((Stores s) -> s.requests().find(LUCKYMONACO, new RequestId("old-2"))))
        .isEmpty();
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("at-cutoff"))))
        .isPresent();
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("new")))).isPresent();
    assertThat(inTx((Stores s) -> s.requests().purgeCreatedBefore(cutoff))).isZero();
  }

  @Test
  void I5_givenOldBetsWinsVoidsAndEntries_purge_keepsThemAll() {
    doInTx(
        s -> {
          s.accounts().createIfAbsent(ALICE, EUR, T0);
          s.accounts().book(entry(ALICE, EUR, EntryKind.WIN, "5", "5", "w1", T0));
          s.bets().insert(openBet(KYREN, "b1", "r1", T0));
          s.bets().insertVoid(voidOf(KYREN, "v1", T0));
          s.wins().insert(win(KYREN, "w1", "5", T0));
          s.requests().claim(pending(KYREN, "req-1", T0));
        });

    int purged = inTx((Stores s) -> s.requests().purgeCreatedBefore(T0.plus(Duration.ofDays(365))));

    assertThat(purged).isEqualTo(1);
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR))).hasSize(1);
    assertThat(inTx((Stores s) -> s.bets().find(KYREN, new BetKey("b1")))).isPresent();
    assertThat(inTx((Stores s) -> s.bets().find(KYREN, new BetKey("v1")))).isPresent();
    assertThat(inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w1")))).isPresent();
  }

  // The subject: the bet, win, round or session key the request is about.

  @Test
  void givenClaimWithSubject_findBeforeAndAfterCompletion_returnsIt() {
    RequestRecord claim = pending(KYREN, "req-1", Operation.CANCEL, T0, "bet-42");
    RecordedOutcome outcome = refusal(Refusal.BET_ALREADY_SETTLED);

    RequestRecord pendingSeen =
        inTx(
            s -> {
              s.requests().claim(claim);
              RequestRecord seen = s.requests().find(KYREN, Q1).orElseThrow();
              s.requests().complete(KYREN, Q1, outcome);
              return seen;
            });
    RequestRecord completed = inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow();

    assertThat(pendingSeen.subject()).isEqualTo("bet-42");
    assertThat(completed.subject()).isEqualTo("bet-42");
    assertThat(completed.outcome()).isEqualTo(outcome);
  }

  @Test
  void givenClaimWithoutSubject_find_returnsNoSubject() {
    doInTx(
        s -> {
          s.requests().claim(pending(KYREN, "req-1", T0));
          s.requests().complete(KYREN, Q1, RecordedOutcome.success(null, null, null));
        });

    assertThat(inTx((Stores s) -> s.requests().find(KYREN, Q1)).orElseThrow().subject()).isNull();
  }

  @Test
  void givenSubjectOfTheLongestKey_claim_keepsItExactly() {
    String longest = "k".repeat(254) + "\u00e9";
    doInTx(s -> s.requests().claim(pending(LUCKYMONACO, "req-1", Operation.WIN, T0, longest)));

    assertThat(inTx((Stores s) -> s.requests().find(LUCKYMONACO, Q1)).orElseThrow().subject())
        .isEqualTo(longest);
  }

  // Refused records of given operations (reconciliation's refused cancels, C5 and C6).

  private static final List<Operation> CANCELS = List.of(Operation.CANCEL, Operation.REFUND);

  /** Claims the record and stores its outcome in one transaction, as the services do. */
  private RequestRecord store(RequestRecord pending, RecordedOutcome outcome) {
    doInTx(
        s -> {
          s.requests().claim(pending);
          s.requests().complete(pending.integration(), pending.requestId(), outcome);
        });
    return new RequestRecord(
        pending.integration(),
        pending.requestId(),
        pending.operation(),
        pending.fingerprint(),
        outcome,
        pending.createdAt(),
        pending.subject());
  }

  @Test
  void C5_givenRefusedSuccessfulAndPendingRecords_findRefused_returnsOnlyRefusalsNewestFirst() {
    RecordedOutcome success = RecordedOutcome.success("op-9", amount("10.00"), EUR);
    RequestRecord oldest =
        store(
            pending(KYREN, "c-1", Operation.CANCEL, T0, null),
            refusal(Refusal.BET_ALREADY_SETTLED));
    store(pending(KYREN, "c-2", Operation.CANCEL, T0.plusMillis(1), "bet-2"), success);
    RequestRecord middle =
        store(
            pending(LUCKYMONACO, "c-3", Operation.CANCEL, T0.plusMillis(2), "tx-3"),
            refusal(Refusal.CONFLICTING_DUPLICATE));
    RequestRecord newest =
        store(
            pending(KYREN, "r-1", Operation.REFUND, T0.plusMillis(3), "bet-4"),
            refusal(Refusal.BET_ALREADY_SETTLED));
    doInTx(
        s ->
            s.requests().claim(pending(KYREN, "c-4", Operation.CANCEL, T0.plusMillis(4), "bet-5")));
    RequestRecord bet =
        store(
            pending(KYREN, "b-1", Operation.BET, T0.plusMillis(5), "bet-6"),
            refusal(Refusal.INSUFFICIENT_FUNDS));

    assertSameValues(
        inTx((Stores s) -> s.requests().findRefused(CANCELS, 10)), List.of(newest, middle, oldest));
    assertThat(inTx((Stores s) -> s.requests().countRefused(CANCELS))).isEqualTo(3);
    assertSameValues(
        inTx((Stores s) -> s.requests().findRefused(List.of(Operation.CANCEL), 10)),
        List.of(middle, oldest));
    assertThat(inTx((Stores s) -> s.requests().countRefused(List.of(Operation.CANCEL))))
        .isEqualTo(2);
    assertSameValues(
        inTx((Stores s) -> s.requests().findRefused(List.of(Operation.BET), 10)), List.of(bet));
    assertThat(inTx((Stores s) -> s.requests().countRefused(List.of(Operation.BET)))).isEqualTo(1);
  }

  @Test
  void givenMoreRefusalsThanTheLimit_findRefused_returnsTheNewestAndCountsThemAll() {
    List<RequestRecord> refused = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      refused.add(
          store(
              pending(KYREN, "c-" + (9 - i), Operation.CANCEL, T0.plusMillis(10L * i), null),
              refusal(Refusal.BET_ALREADY_SETTLED)));
    }

    assertSameValues(
        inTx((Stores s) -> s.requests().findRefused(CANCELS, 2)),
        List.of(refused.get(4), refused.get(3)));
    assertThat(inTx((Stores s) -> s.requests().findRefused(CANCELS, 0))).isEmpty();
    assertThat(inTx((Stores s) -> s.requests().countRefused(CANCELS))).isEqualTo(5);
  }

  @Test
  void givenOnlySuccessesAndOtherOperations_findRefused_findsNoneAndCountsZero() {
    store(
        pending(KYREN, "c-1", Operation.CANCEL, T0, null),
        RecordedOutcome.success("op-1", null, null));
    store(pending(KYREN, "w-1", Operation.WIN, T0, null), refusal(Refusal.BET_NOT_FOUND));

    assertThat(inTx((Stores s) -> s.requests().findRefused(CANCELS, 10))).isEmpty();
    assertThat(inTx((Stores s) -> s.requests().countRefused(CANCELS))).isZero();
    assertThat(inTx((Stores s) -> s.requests().findRefused(List.of(), 10))).isEmpty();
    assertThat(inTx((Stores s) -> s.requests().countRefused(List.of()))).isZero();
  }

  @Test
  void I5_givenPurgedRefusal_countRefused_noLongerCountsIt() {
    store(pending(KYREN, "c-1", Operation.CANCEL, T0, null), refusal(Refusal.BET_ALREADY_SETTLED));
    RequestRecord kept =
        store(
            pending(KYREN, "c-2", Operation.CANCEL, T0.plusSeconds(10), null),
            refusal(Refusal.BET_ALREADY_SETTLED));

    doInTx(s -> s.requests().purgeCreatedBefore(T0.plusSeconds(1)));

    assertSameValues(inTx((Stores s) -> s.requests().findRefused(CANCELS, 10)), List.of(kept));
    assertThat(inTx((Stores s) -> s.requests().countRefused(CANCELS))).isEqualTo(1);
  }
}
