package dev.walletgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.LedgerRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The services over a storage, on real threads (C7, I4, L1, F1): copies of one request, cancels
 * racing their bets, a random mix of every operation, and a database that stops answering mid-run.
 * Every test counts what it saw and prints one {@code [concurrency]} line.
 *
 * <p>System properties scale it: {@code walletgate.concurrency.opsPerThread} (default 1000), {@code
 * walletgate.concurrency.races} (default 200).
 */
@Timeout(600)
public abstract class AbstractConcurrencyContract extends AbstractStorageContract {
  protected static final int OPS_PER_THREAD =
      Integer.getInteger("walletgate.concurrency.opsPerThread", 1000);
  protected static final int RACES = Integer.getInteger("walletgate.concurrency.races", 200);
  private static final Integration KYREN = Integration.KYREN;
  private static final String EUR = "EUR";

  private ExecutorService pool;
  private TestWallet wallet;

  /**
   * The settings the services run with. Enough attempts that 64 copies of one request all end in an
   * answer rather than in the "retry" signal (which I4 also allows).
   */
  protected WalletSettings settings() {
    return TestWallet.defaultSettings().withMaxAttempts(200);
  }

  /**
   * A fresh storage for the fault tests (F1), closed after them; the default is {@link
   * #newStorage()}. A pooled storage should wait only briefly for a connection (e.g. HikariCP
   * {@code connectionTimeout} 250 ms), so that an exhausted pool surfaces while the test runs,
   * whereas the other tests need the patience that 64 threads on a small pool require.
   */
  protected StorageUnderTest newStorageForFaults() {
    return newStorage();
  }

  @BeforeEach
  public final void startWallet() {
    pool = Executors.newCachedThreadPool();
    wallet = TestWallet.over(transactions(), settings());
  }

  @AfterEach
  public final void stopThreads() throws InterruptedException {
    if (pool == null) {
      return; // the storage could not be opened (e.g. PostgreSQL skipped)
    }
    pool.shutdownNow();
    pool.awaitTermination(60, TimeUnit.SECONDS);
  }

  // C2 / I4: 64 copies of one cancel.

  @Test
  void I4_C2_givenSixtyFourCopiesOfOneCancel_oneRefundsAndAllAnswerAlike() throws Exception {
    wallet.account("alice", EUR, "100.00");
    SessionId session = wallet.openSession("alice", EUR);
    assertThat(
            wallet.place(wallet.bet(KYREN, "alice", session, "r1", "b1", "10.00", EUR)).outcome())
        .isInstanceOf(Outcome.Success.class);
    CancelBetCommand cancel = wallet.cancel(KYREN, "alice", "b1", Optional.of(EUR));

    long started = System.nanoTime();
    List<CallbackResult> answers = all(64, () -> wallet.services().cancels().cancelBet(cancel));
    long millis = elapsedMillis(started);

    assertThat(answers).extracting(CallbackResult::outcome).containsOnly(answers.get(0).outcome());
    assertThat(answers.get(0).outcome()).isInstanceOf(Outcome.Success.class);
    assertThat(answers).filteredOn(a -> !a.replayed()).hasSize(1);
    assertThat(kinds(wallet.ledger("alice", EUR)))
        .containsExactly(EntryKind.DEPOSIT, EntryKind.BET, EntryKind.REFUND);
    assertThat(wallet.balance("alice", EUR)).isEqualByComparingTo("100.00");
    assertThat(wallet.bet(KYREN, "b1").orElseThrow().state()).isEqualTo(BetState.CANCELLED);
    assertLedgerHolds("alice");
    report("64 copies of one cancel: 1 refund, 64 equal answers, %d ms", millis);
  }

  // C2 / I4: 64 different cancels of one bet.

  @Test
  void I4_C2_givenSixtyFourCancelsOfOneBet_exactlyOneRefunds() throws Exception {
    wallet.account("alice", EUR, "100.00");
    SessionId session = wallet.openSession("alice", EUR);
    wallet.place(wallet.bet(KYREN, "alice", session, "r1", "b1", "10.00", EUR));

    long started = System.nanoTime();
    List<CallbackResult> answers =
        all(
            64,
            () ->
                wallet
                    .services()
                    .cancels()
                    .cancelBet(wallet.cancel(KYREN, "alice", "b1", Optional.of(EUR))));
    long millis = elapsedMillis(started);

    Set<Optional<OperatorTransactionId>> transactionIds = new HashSet<>();
    for (CallbackResult answer : answers) {
      assertThat(answer.outcome()).isInstanceOf(Outcome.Success.class);
      assertThat(answer.replayed()).isFalse();
      transactionIds.add(((Outcome.Success) answer.outcome()).transactionId());
    }
    List<LedgerEntry> ledger = wallet.ledger("alice", EUR);
    LedgerEntry refund = ledger.get(ledger.size() - 1);
    assertThat(kinds(ledger)).containsExactly(EntryKind.DEPOSIT, EntryKind.BET, EntryKind.REFUND);
    // C2: every cancel answers with the one refund's operator transaction id.
    assertThat(transactionIds).containsExactly(Optional.of(refund.transaction()));
    assertThat(wallet.balance("alice", EUR)).isEqualByComparingTo("100.00");
    assertLedgerHolds("alice");
    report("64 distinct cancels of one bet: 1 refund, %d ms", millis);
  }

  // C7: a bet racing the cancel of its key.

  @Test
  void C7_givenBetRacingItsCancel_everyRaceEndsInOneOfTheTwoHistories() throws Exception {
    wallet.account("alice", EUR, "1000.00");
    SessionId session = wallet.openSession("alice", EUR);
    int refunded = 0;
    int voided = 0;
    List<String> violations = new ArrayList<>();
    CyclicBarrier together = new CyclicBarrier(2);

    long started = System.nanoTime();
    for (int race = 0; race < RACES; race++) {
      String key = "race-" + race;
      PlaceBetCommand bet = wallet.bet(KYREN, "alice", session, "round-" + race, key, "1.00", EUR);
      CancelBetCommand cancel = wallet.cancel(KYREN, "alice", key, Optional.of(EUR));
      Future<CallbackResult> betAnswer =
          pool.submit(
              () -> {
                together.await(30, TimeUnit.SECONDS);
                return wallet.place(bet);
              });
      Future<CallbackResult> cancelAnswer =
          pool.submit(
              () -> {
                together.await(30, TimeUnit.SECONDS);
                return wallet.services().cancels().cancelBet(cancel);
              });
      String history =
          history(
              key,
              betAnswer.get(60, TimeUnit.SECONDS).outcome(),
              cancelAnswer.get(60, TimeUnit.SECONDS).outcome());
      if (history.equals("refunded")) {
        refunded++;
      } else if (history.equals("voided")) {
        voided++;
      } else {
        violations.add(key + ": " + history);
      }
    }
    long millis = elapsedMillis(started);

    report(
        "%d races of a bet against its cancel: %d booked-then-refunded, %d voided-then-refused,"
            + " %d violations, %d ms",
        RACES, refunded, voided, violations.size(), millis);
    assertThat(violations).isEmpty();
    assertThat(refunded + voided).isEqualTo(RACES);
    assertThat(wallet.balance("alice", EUR)).isEqualByComparingTo("1000.00");
    assertLedgerHolds("alice");
  }

  /** Names the end state of one race: "refunded", "voided", or what went wrong. */
  private String history(String key, Outcome bet, Outcome cancel) {
    Optional<BetKeyHolder> row = wallet.bet(KYREN, key);
    List<LedgerEntry> entries =
        wallet.ledger("alice", EUR).stream().filter(e -> e.key().equals(key)).toList();
    if (!(cancel instanceof Outcome.Success cancelled)) {
      return "cancel answered " + cancel;
    }
    if (row.isEmpty()) {
      return "no row for the key after a successful cancel";
    }
    BetKeyHolder stored = row.get();
    if (stored.state() == BetState.CANCELLED
        && bet instanceof Outcome.Success booked
        && kinds(entries).equals(List.of(EntryKind.BET, EntryKind.REFUND))
        && entries.get(0).transaction().equals(booked.transactionId().orElseThrow())
        && entries.get(1).transaction().equals(cancelled.transactionId().orElseThrow())
        && entries.get(1).amount().compareTo(BigDecimal.ONE) == 0) {
      return "refunded";
    }
    if (stored.state() == BetState.VOIDED
        && bet instanceof Outcome.Refused refused
        && refused.refusal() == Refusal.BET_VOIDED
        && entries.isEmpty()
        && stored.cancelTransaction().equals(cancelled.transactionId().orElseThrow())) {
      return "voided";
    }
    return "row " + stored.state() + ", bet answered " + bet + ", entries " + kinds(entries);
  }

  // G4, G5: the built-in limits against bets racing each other.

  @Test
  void G5_givenSixteenThreadsBettingAtOnce_theirAcceptedStakesNeverPassTheDailyLossLimit()
      throws Exception {
    TestWallet guarded =
        TestWallet.over(transactions(), settings().withBetGuard(new PlayerLimitGuard()));
    int threads = 16;
    int races = 5;
    long started = System.nanoTime();
    for (int race = 0; race < races; race++) {
      String player = "limited-" + race;
      guarded.account(player, EUR, "1000.00");
      SessionId session = guarded.openSession(player, EUR);
      // Room for 9 stakes of 10.00 and a part of a tenth, which must be refused.
      setLimits(guarded, player, Optional.empty(), Optional.of(new BigDecimal("95.00")));

      List<CallbackResult> answers =
          all(
              threads,
              () ->
                  guarded.place(
                      guarded.bet(
                          KYREN,
                          player,
                          session,
                          "limited-round-" + guarded.nextId(),
                          "limited-bet-" + guarded.nextId(),
                          "10.00",
                          EUR)));

      long accepted = answers.stream().filter(a -> a.outcome().isSuccess()).count();
      assertThat(answers)
          .filteredOn(a -> !a.outcome().isSuccess())
          .extracting(a -> ((Outcome.Refused) a.outcome()).refusal())
          .containsOnly(Refusal.BET_LIMIT_REACHED);
      List<LedgerEntry> bets =
          wallet.ledger(player, EUR).stream().filter(e -> e.kind() == EntryKind.BET).toList();
      BigDecimal staked =
          bets.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
      assertThat(staked).isLessThanOrEqualTo(new BigDecimal("95.00"));
      assertThat(accepted).as("every stake that fits is taken").isEqualTo(9);
      assertThat(bets).hasSize(9);
      assertThat(wallet.balance(player, EUR)).isEqualByComparingTo("910.00");
      assertLedgerHolds(player);
    }
    report(
        "%d races of %d bets against a daily loss limit: 9 booked each, %d ms",
        races, threads, elapsedMillis(started));
  }

  @Test
  void G4_givenSixteenThreadsBettingAtOnce_noStakeOverTheLimitIsBooked() throws Exception {
    TestWallet guarded =
        TestWallet.over(transactions(), settings().withBetGuard(new PlayerLimitGuard()));
    guarded.account("capped", EUR, "1000.00");
    SessionId session = guarded.openSession("capped", EUR);
    setLimits(guarded, "capped", Optional.of(new BigDecimal("5.00")), Optional.empty());
    AtomicInteger next = new AtomicInteger();

    List<CallbackResult> answers =
        all(
            16,
            () -> {
              // Stakes of 1.00 to 16.00: the first five fit.
              int stake = next.incrementAndGet();
              return guarded.place(
                  guarded.bet(
                      KYREN,
                      "capped",
                      session,
                      "capped-round-" + stake,
                      "capped-bet-" + stake,
                      stake + ".00",
                      EUR));
            });

    assertThat(answers).filteredOn(a -> a.outcome().isSuccess()).hasSize(5);
    assertThat(wallet.ledger("capped", EUR))
        .filteredOn(e -> e.kind() == EntryKind.BET)
        .allSatisfy(
            e -> assertThat(e.amount().negate()).isLessThanOrEqualTo(BigDecimal.valueOf(5)));
    assertThat(wallet.balance("capped", EUR)).isEqualByComparingTo("985.00");
    assertLedgerHolds("capped");
  }

  private static void setLimits(
      TestWallet on, String player, Optional<BigDecimal> stake, Optional<BigDecimal> dailyLoss) {
    assertThat(
            on.services()
                .betLimits()
                .setLimits(
                    new SetBetLimitsCommand(
                        new PlayerId(player), new CurrencyCode(EUR), stake, dailyLoss)))
        .isInstanceOf(Checked.Valid.class);
  }

  // L1: a random mix of every operation over a few players.

  @Test
  void L1_givenSixteenThreadsOfRandomOperations_everyLedgerHoldsAndMoneyAddsUp() throws Exception {
    int threads = 16;
    int players = 8;
    Mix mix = new Mix(wallet, players, "1000.00");
    long seed = System.nanoTime();

    long started = System.nanoTime();
    List<Future<Tally>> workers = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      Random random = new Random(seed + t);
      workers.add(
          pool.submit(
              () -> {
                go.await();
                Tally tally = new Tally();
                for (int i = 0; i < OPS_PER_THREAD; i++) {
                  mix.randomOperation(random, tally);
                }
                return tally;
              }));
    }
    go.countDown();
    Tally seen = new Tally();
    for (Future<Tally> worker : workers) {
      seen.add(worker.get(550, TimeUnit.SECONDS));
    }
    long millis = elapsedMillis(started);
    mix.retryFailed(seen);

    report(
        "%d threads x %d random operations over %d players (seed %d): %s, %d ms",
        threads, OPS_PER_THREAD, players, seed, seen.summary(), millis);
    assertThat(seen.unexpectedFailures).as("failures other than the retry signal").isEmpty();
    mix.assertConsistentWith(seen);
  }

  // F1: the database stops answering mid-run.

  @Test
  void F1_givenPoolExhaustedMidRun_nothingPartialIsLeftAndTheFaultIsTransient() throws Exception {
    try (StorageUnderTest faulty = newStorageForFaults()) {
      Optional<AutoCloseable> probe = faulty.exhaustPool();
      assumeTrue(probe.isPresent(), "this storage has no connection pool to exhaust");
      probe.get().close();

      FaultRun run =
          faultRun(
              faulty,
              () -> {
                AutoCloseable held = faulty.exhaustPool().orElseThrow();
                sleep(1500);
                held.close();
                return 1;
              });

      report("pool exhausted mid-run: %s", run.tally.summary());
      assertThat(run.tally.unavailable).as("transactions that met the exhausted pool").isPositive();
    }
  }

  record FaultRun(Tally tally, int faultResult) {}

  /**
   * Runs 8 threads of random operations, injects the fault after a short while, lets the threads go
   * on after it, and then checks that every fault surfaced as a {@link StorageException}, that the
   * storage works again, and that no transaction was left half done.
   */
  FaultRun faultRun(StorageUnderTest faulty, Callable<Integer> fault) throws Exception {
    int threads = 8;
    Mix mix = new Mix(TestWallet.over(faulty.transactions(), settings()), 4, "1000.00");
    AtomicBoolean stop = new AtomicBoolean();
    long seed = System.nanoTime();
    List<Future<Tally>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Random random = new Random(seed + t);
      workers.add(
          pool.submit(
              () -> {
                Tally tally = new Tally();
                while (!stop.get()) {
                  mix.randomOperation(random, tally);
                }
                return tally;
              }));
    }
    sleep(300);
    int faultResult = fault.call();
    sleep(700);
    stop.set(true);
    Tally seen = new Tally();
    for (Future<Tally> worker : workers) {
      seen.add(worker.get(120, TimeUnit.SECONDS));
    }

    assertThat(seen.unexpectedFailures)
        .as("faults must surface as StorageUnavailableException or RetryableConflictException")
        .isEmpty();
    assertAnswersAgain(faulty.transactions());
    mix.retryFailed(seen);
    mix.assertConsistentWith(seen);
    mix.assertNoPartialTransactions();
    return new FaultRun(seen, faultResult);
  }

  /** Once the fault is over the storage answers again (a pool may first drop dead connections). */
  static void assertAnswersAgain(Transactions transactions) throws InterruptedException {
    StorageException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        transactions.inTransaction((Stores s) -> s.accounts().playerExists(new PlayerId("x")));
        return;
      } catch (StorageException e) {
        last = e;
        sleep(100);
      }
    }
    throw new AssertionError("the storage does not answer after the fault", last);
  }

  // The random mix.

  /** What one thread saw: the answers it got, and the failures. */
  static final class Tally {
    final Map<OperatorTransactionId, BigDecimal> betStakes = new HashMap<>();
    final Map<String, BigDecimal> bookedKeys = new HashMap<>();
    final Map<OperatorTransactionId, BigDecimal> wins = new HashMap<>();
    final Map<OperatorTransactionId, String> cancels = new HashMap<>();
    final List<String> unexpectedFailures = new ArrayList<>();
    final Set<String> faultExamples = new TreeSet<>();
    final List<Consumer<Tally>> toRetry = new ArrayList<>();
    int retriedAfterwards;
    int operations;
    int refusals;
    int replays;
    int retrySignals;
    int unavailable;

    void add(Tally other) {
      betStakes.putAll(other.betStakes);
      bookedKeys.putAll(other.bookedKeys);
      wins.putAll(other.wins);
      cancels.putAll(other.cancels);
      unexpectedFailures.addAll(other.unexpectedFailures);
      other.faultExamples.forEach(this::keepExample);
      toRetry.addAll(other.toRetry);
      retriedAfterwards += other.retriedAfterwards;
      operations += other.operations;
      refusals += other.refusals;
      replays += other.replays;
      retrySignals += other.retrySignals;
      unavailable += other.unavailable;
    }

    void example(StorageException e) {
      keepExample(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void keepExample(String example) {
      if (faultExamples.size() < 4) {
        faultExamples.add(example.length() > 160 ? example.substring(0, 160) : example);
      }
    }

    String summary() {
      return String.format(
          "%d operations, %d bets, %d wins, %d cancels succeeded; %d refusals, %d replays,"
              + " %d retry signals, %d unavailable, %d retried afterwards,"
              + " %d unexpected failures%s",
          operations,
          betStakes.size(),
          wins.size(),
          cancels.size(),
          refusals,
          replays,
          retrySignals,
          unavailable,
          retriedAfterwards,
          unexpectedFailures.size(),
          faultExamples.isEmpty() ? "" : "; e.g. " + faultExamples);
    }
  }

  /** A requested operation as issued, to check it afterwards. */
  private record Issued(RequestId requestId, String operation, String key) {}

  /**
   * Players with funded accounts and open sessions, and a random operation generator over them.
   * Keys and rounds are shared between threads so that operations collide.
   */
  private static final class Mix {
    private final TestWallet wallet;
    private final int players;
    private final BigDecimal opening;
    private final SessionId[] sessions;
    private final AtomicIntegerArray rounds;
    private final AtomicInteger ids = new AtomicInteger();
    private final List<PlaceBetCommand> bets = Collections.synchronizedList(new ArrayList<>());
    private final Set<Issued> issued = ConcurrentHashMap.newKeySet();

    Mix(TestWallet wallet, int players, String opening) {
      this.wallet = wallet;
      this.players = players;
      this.opening = new BigDecimal(opening);
      this.sessions = new SessionId[players];
      this.rounds = new AtomicIntegerArray(players);
      for (int p = 0; p < players; p++) {
        wallet.account(player(p), EUR, opening);
        sessions[p] = wallet.openSession(player(p), EUR);
      }
    }

    String player(int p) {
      return "player-" + p;
    }

    String round(int p, int n) {
      return "round-" + p + "-" + n;
    }

    void randomOperation(Random random, Tally tally) {
      int p = random.nextInt(players);
      int dice = random.nextInt(100);
      tally.operations++;
      if (dice < 35) {
        newBet(random, p, tally);
      } else if (dice < 45) {
        repeatBet(random, tally, true);
      } else if (dice < 50) {
        repeatBet(random, tally, false);
      } else if (dice < 70) {
        win(random, p, tally);
      } else if (dice < 85) {
        cancelKnown(random, tally);
      } else if (dice < 90) {
        cancelUnknown(p, tally);
      } else {
        endRound(p, tally);
      }
    }

    /**
     * Makes one call; a storage fault is counted and the call kept, to be retried afterwards with
     * the same request id, as the provider would (F1).
     */
    private void attempt(Tally tally, Consumer<Tally> call) {
      try {
        call.accept(tally);
      } catch (StorageUnavailableException e) {
        tally.unavailable++;
        tally.example(e);
        tally.toRetry.add(call);
        // As a provider would, wait a little before the next call to an unavailable wallet.
        pause(10);
      } catch (RetryableConflictException e) {
        tally.retrySignals++;
        tally.example(e);
        tally.toRetry.add(call);
      } catch (RuntimeException e) {
        tally.unexpectedFailures.add(e.toString());
      }
    }

    /**
     * Retries every call that met a fault, with its own request id, until it answers: a call whose
     * transaction committed before the fault replays its recorded outcome (I2), any other one takes
     * effect now. Afterwards the threads' view of what succeeded is complete.
     */
    void retryFailed(Tally seen) throws InterruptedException {
      List<Consumer<Tally>> pending = new ArrayList<>(seen.toRetry);
      seen.toRetry.clear();
      for (Consumer<Tally> call : pending) {
        for (int attempt = 1; ; attempt++) {
          try {
            call.accept(seen);
            seen.retriedAfterwards++;
            break;
          } catch (StorageException e) {
            if (attempt >= 20) {
              throw new AssertionError("a call still fails long after the fault", e);
            }
            sleep(100);
          }
        }
      }
    }

    private void newBet(Random random, int p, Tally tally) {
      String key = "bet-" + ids.incrementAndGet();
      BigDecimal stake = BigDecimal.valueOf(1 + random.nextInt(500), 2);
      PlaceBetCommand bet =
          new PlaceBetCommand(
              KYREN,
              new RequestId("q-" + key),
              new PlayerId(player(p)),
              sessions[p],
              new RoundId(round(p, rounds.get(p))),
              new BetKey(key),
              stake,
              new CurrencyCode(EUR));
      bets.add(bet);
      place(bet, tally);
    }

    private void repeatBet(Random random, Tally tally, boolean sameRequestId) {
      PlaceBetCommand original = pick(random);
      if (original == null) {
        return;
      }
      PlaceBetCommand again =
          sameRequestId
              ? original
              : new PlaceBetCommand(
                  KYREN,
                  new RequestId("q-" + ids.incrementAndGet()),
                  original.player(),
                  original.session(),
                  original.round(),
                  original.key(),
                  original.amount(),
                  original.currency());
      place(again, tally);
    }

    private void place(PlaceBetCommand bet, Tally tally) {
      issued.add(new Issued(bet.requestId(), "bet", bet.key().value()));
      attempt(
          tally,
          t -> {
            CallbackResult answer = wallet.services().bets().placeBet(bet);
            if (count(answer, t) instanceof Outcome.Success success) {
              t.betStakes.put(success.transactionId().orElseThrow(), bet.amount());
              t.bookedKeys.put(bet.key().value(), bet.amount());
            }
          });
    }

    private void win(Random random, int p, Tally tally) {
      String key = "win-" + ids.incrementAndGet();
      BigDecimal amount = BigDecimal.valueOf(random.nextInt(300), 2);
      int current = rounds.get(p);
      SettleWinCommand win =
          new SettleWinCommand(
              KYREN,
              new RequestId("q-" + key),
              new PlayerId(player(p)),
              Optional.empty(),
              new RoundId(round(p, current)),
              new WinKey(key),
              amount,
              new CurrencyCode(EUR),
              random.nextInt(10) == 0,
              false,
              Optional.empty());
      issued.add(new Issued(win.requestId(), "win", key));
      attempt(
          tally,
          t -> {
            CallbackResult answer = wallet.services().wins().settleWin(win);
            if (count(answer, t) instanceof Outcome.Success success && amount.signum() > 0) {
              t.wins.put(success.transactionId().orElseThrow(), amount);
            }
          });
      if (win.endsRound()) {
        rounds.compareAndSet(p, current, current + 1);
      }
    }

    private void cancelKnown(Random random, Tally tally) {
      PlaceBetCommand bet = pick(random);
      if (bet != null) {
        cancel(bet.player().value(), bet.key().value(), random.nextBoolean(), tally);
      }
    }

    private void cancelUnknown(int p, Tally tally) {
      cancel(player(p), "bet-" + ids.incrementAndGet(), true, tally);
    }

    private void cancel(String player, String key, boolean namesCurrency, Tally tally) {
      CancelBetCommand cancel =
          new CancelBetCommand(
              KYREN,
              new RequestId("q-c-" + ids.incrementAndGet()),
              new PlayerId(player),
              Optional.empty(),
              Optional.empty(),
              new BetKey(key),
              namesCurrency ? Optional.of(new CurrencyCode(EUR)) : Optional.empty());
      issued.add(new Issued(cancel.requestId(), "cancel", key));
      attempt(
          tally,
          t -> {
            CallbackResult answer = wallet.services().cancels().cancelBet(cancel);
            if (count(answer, t) instanceof Outcome.Success success) {
              t.cancels.put(success.transactionId().orElseThrow(), key);
            }
          });
    }

    private void endRound(int p, Tally tally) {
      int current = rounds.get(p);
      var end = wallet.endRound(KYREN, player(p), round(p, current), EUR);
      issued.add(new Issued(end.requestId(), "endRound", round(p, current)));
      attempt(tally, t -> count(wallet.services().rounds().endRound(end), t));
      rounds.compareAndSet(p, current, current + 1);
    }

    private Outcome count(CallbackResult answer, Tally tally) {
      if (answer.replayed()) {
        tally.replays++;
      }
      if (answer.outcome() instanceof Outcome.Refused) {
        tally.refusals++;
      }
      return answer.outcome();
    }

    private PlaceBetCommand pick(Random random) {
      synchronized (bets) {
        return bets.isEmpty() ? null : bets.get(random.nextInt(bets.size()));
      }
    }

    /**
     * L1 for every account, and the money adds up twice: from the ledger's kinds, and from what the
     * threads saw succeed.
     */
    void assertConsistentWith(Tally seen) {
      BigDecimal balances = BigDecimal.ZERO;
      Map<EntryKind, BigDecimal> byKind = new HashMap<>();
      Map<EntryKind, Set<OperatorTransactionId>> idsByKind = new HashMap<>();
      for (int p = 0; p < players; p++) {
        List<LedgerEntry> entries = wallet.ledger(player(p), EUR);
        BigDecimal balance = wallet.balance(player(p), EUR);
        assertThat(LedgerRules.holds(BigDecimal.ZERO, entries, balance))
            .as("L1 for %s", player(p))
            .isTrue();
        balances = balances.add(balance);
        for (LedgerEntry e : entries) {
          byKind.merge(e.kind(), e.amount(), BigDecimal::add);
          idsByKind.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(e.transaction());
        }
      }
      BigDecimal deposits = opening.multiply(BigDecimal.valueOf(players));
      BigDecimal stakes = byKind.getOrDefault(EntryKind.BET, BigDecimal.ZERO).negate();
      BigDecimal refunds = byKind.getOrDefault(EntryKind.REFUND, BigDecimal.ZERO);
      BigDecimal wins = byKind.getOrDefault(EntryKind.WIN, BigDecimal.ZERO);
      assertThat(byKind.getOrDefault(EntryKind.DEPOSIT, BigDecimal.ZERO))
          .isEqualByComparingTo(deposits);
      assertThat(balances)
          .as("sum of balances = deposits - stakes + refunds + wins (ledger)")
          .isEqualByComparingTo(deposits.subtract(stakes).add(refunds).add(wins));

      // What the threads saw succeed: a successful cancel of a key whose bet succeeded is the
      // refund of that bet (C7: the other history refuses the bet).
      Map<OperatorTransactionId, BigDecimal> seenRefunds = new HashMap<>();
      seen.cancels.forEach(
          (id, key) -> {
            if (seen.bookedKeys.containsKey(key)) {
              seenRefunds.put(id, seen.bookedKeys.get(key));
            }
          });
      assertThat(idsByKind.getOrDefault(EntryKind.BET, Set.of()))
          .as("BET entries are the bets the threads saw succeed")
          .isEqualTo(seen.betStakes.keySet());
      assertThat(idsByKind.getOrDefault(EntryKind.WIN, Set.of()))
          .as("WIN entries are the non-zero wins the threads saw succeed")
          .isEqualTo(seen.wins.keySet());
      assertThat(idsByKind.getOrDefault(EntryKind.REFUND, Set.of()))
          .as("REFUND entries are the successful cancels of booked bets")
          .isEqualTo(seenRefunds.keySet());
      assertThat(balances)
          .as("sum of balances = deposits - stakes + refunds + wins (threads' view)")
          .isEqualByComparingTo(
              deposits.subtract(sum(seen.betStakes)).add(sum(seenRefunds)).add(sum(seen.wins)));

      // C7: never a debit left standing after a cancel answered success.
      for (String key : new HashSet<>(seen.cancels.values())) {
        BetState state = wallet.bet(KYREN, key).orElseThrow().state();
        assertThat(state)
            .as("bet %s after a successful cancel", key)
            .isIn(BetState.CANCELLED, BetState.VOIDED);
      }
    }

    /**
     * I1 and F1: every request record has its outcome and its effects, and every effect has its
     * request record.
     */
    void assertNoPartialTransactions() {
      Set<OperatorTransactionId> recordedSuccesses = new HashSet<>();
      for (Issued request : issued) {
        Optional<RequestRecord> record = wallet.request(KYREN, request.requestId());
        if (record.isEmpty()) {
          continue;
        }
        RecordedOutcome outcome = record.get().outcome();
        assertThat(outcome).as("outcome of %s", request).isNotNull();
        if (!RecordedOutcome.SUCCESS.equals(outcome.result()) || outcome.transactionId() == null) {
          continue;
        }
        OperatorTransactionId id = new OperatorTransactionId(outcome.transactionId());
        recordedSuccesses.add(id);
        String effect = wallet.transactions().inTransaction((Stores s) -> effectOf(s, request, id));
        assertThat(effect).as("effect of %s", request).isEqualTo("present");
      }
      for (int p = 0; p < players; p++) {
        for (LedgerEntry e : wallet.ledger(player(p), EUR)) {
          if (e.kind() != EntryKind.DEPOSIT) {
            assertThat(recordedSuccesses)
                .as("request record of ledger entry %s", e)
                .contains(e.transaction());
          }
        }
      }
    }

    private String effectOf(Stores s, Issued request, OperatorTransactionId id) {
      switch (request.operation()) {
        case "bet":
          Optional<BetKeyHolder> bet = s.bets().find(KYREN, new BetKey(request.key()));
          return bet.isPresent()
                  && bet.get() instanceof Bet booked
                  && id.equals(booked.debitTransaction())
              ? "present"
              : "missing";
        case "cancel":
          Optional<BetKeyHolder> row = s.bets().find(KYREN, new BetKey(request.key()));
          return row.isPresent() && id.equals(row.get().cancelTransaction())
              ? "present"
              : "missing";
        case "win":
          return s.wins()
                  .find(KYREN, new WinKey(request.key()))
                  .map(w -> w.transaction().equals(id))
                  .orElse(false)
              ? "present"
              : "missing";
        default:
          return "present";
      }
    }
  }

  // Helpers.

  private <T> List<T> all(int threads, Supplier<T> call) throws Exception {
    CyclicBarrier together = new CyclicBarrier(threads);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(
          pool.submit(
              () -> {
                together.await(60, TimeUnit.SECONDS);
                return call.get();
              }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(120, TimeUnit.SECONDS));
    }
    return results;
  }

  private void assertLedgerHolds(String player) {
    assertThat(
            LedgerRules.holds(
                BigDecimal.ZERO, wallet.ledger(player, EUR), wallet.balance(player, EUR)))
        .as("L1 for %s", player)
        .isTrue();
  }

  private static List<EntryKind> kinds(List<LedgerEntry> entries) {
    return entries.stream().map(LedgerEntry::kind).collect(Collectors.toList());
  }

  private static BigDecimal sum(Map<?, BigDecimal> amounts) {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static long elapsedMillis(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  void report(String format, Object... args) {
    System.out.println(
        "[concurrency] " + getClass().getSimpleName() + ": " + String.format(format, args));
  }
}
