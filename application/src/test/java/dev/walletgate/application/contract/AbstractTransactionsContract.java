package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.KYREN;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.entry;
import static dev.walletgate.application.contract.StoreFixtures.openBet;
import static dev.walletgate.application.contract.StoreFixtures.pending;
import static dev.walletgate.application.contract.StoreFixtures.platformEntry;
import static dev.walletgate.application.contract.StoreFixtures.voidOf;
import static dev.walletgate.application.contract.StoreFixtures.win;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.rules.LedgerRules;
import dev.walletgate.domain.rules.Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link dev.walletgate.application.port.out.Transactions}: one transaction per call,
 * committed on return and rolled back on any exception, with row locks and unique keys that hold
 * between concurrent transactions.
 */
@Timeout(60)
public abstract class AbstractTransactionsContract extends AbstractStorageContract {
  private static final SessionId S1 = new SessionId("session-1");
  private static final BetKey K1 = new BetKey("bet-1");

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  public final void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
  }

  private static Session session() {
    return new Session(S1, ALICE, EUR, SessionState.ACTIVE, T0, T0);
  }

  @Test
  void givenWorkReturns_inTransaction_commitsAndReturnsItsResult() {
    String result =
        inTx(
            s -> {
              s.accounts().createIfAbsent(ALICE, EUR, T0);
              s.sessions().insert(session());
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR))).isPresent();
    assertThat(inTx((Stores s) -> s.sessions().find(S1))).isPresent();
  }

  @Test
  void F1_givenWorkThrows_inTransaction_rollsBackEveryStoreAndRethrowsTheSameException() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    IllegalStateException failure = new IllegalStateException("work failed after writing");

    Throwable thrown =
        catchThrowable(
            () ->
                doInTx(
                    s -> {
                      s.requests().claim(pending(KYREN, "req-1", T0));
                      s.accounts()
                          .book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "9", "9", "d", T0));
                      s.accounts().setLocked(ALICE, true);
                      s.sessions().insert(session());
                      s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0));
                      s.wins().insert(win(KYREN, "win-1", "1", T0));
                      throw failure;
                    }));

    assertThat(thrown).isSameAs(failure);
    Account account = inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow();
    assertThat(account.balance()).isEqualByComparingTo("0");
    assertThat(account.locked()).isFalse();
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR))).isEmpty();
    assertThat(inTx((Stores s) -> s.accounts().findByReference("d"))).isEmpty();
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("req-1")))).isEmpty();
    assertThat(inTx((Stores s) -> s.sessions().find(S1))).isEmpty();
    assertThat(inTx((Stores s) -> s.bets().find(KYREN, K1))).isEmpty();
    assertThat(inTx((Stores s) -> s.wins().find(KYREN, new WinKey("win-1")))).isEmpty();
  }

  @Test
  void F1_givenConflictAfterEarlierWrites_inTransaction_rollsBackTheEarlierWrites() {
    doInTx(
        s -> {
          s.accounts().createIfAbsent(ALICE, EUR, T0);
          s.bets().insertVoid(voidOf(KYREN, "bet-1", T0));
        });

    assertThatThrownBy(
            () ->
                doInTx(
                    s -> {
                      s.requests().claim(pending(KYREN, "req-1", T0));
                      s.accounts().book(entry(ALICE, EUR, EntryKind.WIN, "3", "3", "w", T0));
                      s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0));
                    }))
        .isInstanceOf(RetryableConflictException.class);

    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow().balance())
        .isEqualByComparingTo("0");
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR))).isEmpty();
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("req-1")))).isEmpty();
  }

  @Test
  void givenConflict_nextTransaction_worksNormally() {
    doInTx(s -> s.sessions().insert(session()));
    assertThatThrownBy(() -> doInTx(s -> s.sessions().insert(session())))
        .isInstanceOf(RetryableConflictException.class);

    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));

    assertThat(inTx((Stores s) -> s.accounts().playerExists(ALICE))).isTrue();
  }

  @Test
  void I1_givenUncommittedWrite_concurrentReader_neverSeesIt() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch readerDone = new CountDownLatch(1);
    Future<Optional<Session>> reader =
        pool.submit(
            () -> {
              written.await();
              try {
                return inTx((Stores s) -> s.sessions().find(S1));
              } finally {
                readerDone.countDown();
              }
            });

    assertThatThrownBy(
            () ->
                doInTx(
                    s -> {
                      s.sessions().insert(session());
                      written.countDown();
                      // Give the reader time to read (or to block, if the storage serialises).
                      awaitQuietly(readerDone, 500);
                      throw new IllegalStateException("roll back");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(reader.get(30, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void L1_givenConcurrentBookingsOnOneAccount_findForUpdate_losesNoUpdate() throws Exception {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    int threads = 4;
    int perThread = 25;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                  String key = "k-" + thread + "-" + i;
                  doInTx(
                      s -> {
                        Account a = s.accounts().findForUpdate(ALICE, EUR).orElseThrow();
                        BigDecimal after = a.balance().add(BigDecimal.ONE);
                        s.accounts()
                            .book(
                                entry(
                                    ALICE,
                                    EUR,
                                    EntryKind.WIN,
                                    "1",
                                    after.toPlainString(),
                                    key,
                                    T0));
                      });
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> w : workers) {
      w.get(60, TimeUnit.SECONDS);
    }

    BigDecimal balance = inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow().balance();
    List<LedgerEntry> entries = inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR));
    assertThat(balance).isEqualByComparingTo(BigDecimal.valueOf((long) threads * perThread));
    assertThat(entries).hasSize(threads * perThread);
    assertThat(LedgerRules.holds(BigDecimal.ZERO, entries, balance)).isTrue();
  }

  @Test
  void I4_givenRequestClaimedByOpenTransaction_concurrentClaim_neverClaimsItTwice()
      throws Exception {
    Future<Object> second = raceForRequestAgainstFirstClaim(false);

    // Storage that serialises transactions answers "recorded"; one that runs them side by side
    // collides on the key: either way the second copy never gets the id.
    Object answer = second.get(30, TimeUnit.SECONDS);
    if (answer instanceof Throwable thrown) {
      assertThat(thrown).isInstanceOf(RetryableConflictException.class);
    } else {
      assertThat(answer).isEqualTo(Boolean.FALSE);
    }
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("req-1"))))
        .get()
        .extracting(RequestRecord::operation)
        .isEqualTo(Operation.BET);
  }

  @Test
  void I4_givenRequestClaimedByOpenTransaction_concurrentClaim_getsItIfItRollsBack()
      throws Exception {
    Future<Object> second = raceForRequestAgainstFirstClaim(true);

    assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(Boolean.TRUE);
    assertThat(inTx((Stores s) -> s.requests().find(KYREN, new RequestId("req-1"))))
        .get()
        .extracting(RequestRecord::operation)
        .isEqualTo(Operation.CANCEL);
  }

  /**
   * A first transaction does its claim and holds the transaction open while a second one does its
   * own; the first then commits or rolls back. Returns what the second claim answered or threw.
   */
  private Future<Object> raceAgainstOpenClaim(
      Consumer<Stores> firstClaim, Function<Stores, Object> secondClaim, boolean firstRollsBack) {
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    Future<Object> second =
        pool.submit(
            () -> {
              claimed.await();
              try {
                return inTx(secondClaim);
              } catch (RuntimeException e) {
                return e;
              } finally {
                secondDone.countDown();
              }
            });
    Throwable first =
        catchThrowable(
            () ->
                doInTx(
                    s -> {
                      firstClaim.accept(s);
                      claimed.countDown();
                      // The second claim must wait for this transaction, not overtake it.
                      assertThat(awaitQuietly(secondDone, 300)).isFalse();
                      if (firstRollsBack) {
                        throw new IllegalStateException("roll back");
                      }
                    }));
    if (firstRollsBack) {
      assertThat(first).isInstanceOf(IllegalStateException.class);
    } else {
      assertThat(first).isNull();
    }
    return second;
  }

  private Future<Object> raceForRequestAgainstFirstClaim(boolean firstRollsBack) {
    return raceAgainstOpenClaim(
        s ->
            assertThat(s.requests().claim(pending(KYREN, "req-1", Operation.BET, T0, "bet-1")))
                .isTrue(),
        s -> s.requests().claim(pending(KYREN, "req-1", Operation.CANCEL, T0, "bet-2")),
        firstRollsBack);
  }

  @Test
  void C7_givenKeyClaimedByOpenTransaction_concurrentClaim_conflictsOnceItCommits()
      throws Exception {
    Future<Object> second = raceForKeyAgainstFirstClaim(false);

    assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(RetryableConflictException.class);
    assertThat(inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow().state())
        .isEqualTo(BetState.VOIDED);
  }

  @Test
  void C7_givenKeyClaimedByOpenTransaction_concurrentClaim_succeedsIfItRollsBack()
      throws Exception {
    Future<Object> second = raceForKeyAgainstFirstClaim(true);

    assertThat(second.get(30, TimeUnit.SECONDS)).isNull();
    BetKeyHolder stored = inTx((Stores s) -> s.bets().find(KYREN, K1)).orElseThrow();
    assertThat(stored.state()).isEqualTo(BetState.OPEN);
  }

  /**
   * A first transaction voids the key and holds it open while a second tries to book a bet with it;
   * the first then commits or rolls back. Returns what the second one threw (null if nothing).
   */
  private Future<Object> raceForKeyAgainstFirstClaim(boolean firstRollsBack) {
    return raceAgainstOpenClaim(
        s -> s.bets().insertVoid(voidOf(KYREN, "bet-1", T0)),
        s -> {
          s.bets().insert(openBet(KYREN, "bet-1", "round-1", T0));
          return null;
        },
        firstRollsBack);
  }

  private static boolean awaitQuietly(CountDownLatch latch, long millis) {
    try {
      return latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
