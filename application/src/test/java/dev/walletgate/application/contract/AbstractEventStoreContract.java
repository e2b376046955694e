package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.BOB;
import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.KYREN;
import static dev.walletgate.application.contract.StoreFixtures.LUCKYMONACO;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.amount;
import static dev.walletgate.application.contract.StoreFixtures.assertSameValues;
import static dev.walletgate.application.contract.StoreFixtures.txId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.WalletEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link dev.walletgate.application.port.out.EventStore}: the feed's round trip,
 * rollback, purge and cursors, and, on real threads, that a consumer reading after its cursor never
 * misses an event nor reads one twice, whatever order the writers' transactions commit in.
 */
public abstract class AbstractEventStoreContract extends AbstractStorageContract {
  private static final String CONSUMER = "feed-test";
  private static final int WRITERS = 4;
  private static final int TRANSACTIONS_PER_WRITER =
      Integer.getInteger("walletgate.events.transactionsPerWriter", 100);

  /**
   * Whether two transactions of the storage can be open at once. The in-memory stores run them one
   * at a time, so a transaction held open would keep every other one waiting.
   */
  protected boolean runsTransactionsConcurrently() {
    return true;
  }

  // Round trip.

  @Test
  void givenEventWithEveryField_appendSequenceAndRead_returnItExactlyAtPositionOne() {
    WalletEvent event =
        new WalletEvent(
            UUID.randomUUID().toString(),
            null,
            EventKind.WIN_CREDITED,
            ALICE,
            EUR,
            amount("12345678901234567890.123456789012345678"),
            amount("0.000000000000000001"),
            LUCKYMONACO,
            "w-1",
            txId(),
            T0);
    doInTx(s -> s.events().append(event));

    assertThat(inTx((Stores s) -> s.events().sequence(10))).isEqualTo(1);
    assertSameValues(inTx((Stores s) -> s.events().readAfter(0, 10)), List.of(event.at(1)));
  }

  @Test
  void givenEventWithoutTheOptionalFields_read_returnsThemNull() {
    WalletEvent lock =
        WalletEvent.of(EventKind.ACCOUNT_LOCKED, BOB, null, null, null, null, null, null, T0);
    doInTx(s -> s.events().append(lock));
    doInTx(s -> s.events().sequence(10));

    assertSameValues(inTx((Stores s) -> s.events().readAfter(0, 10)), List.of(lock.at(1)));
  }

  @Test
  void givenOneEventOfEveryKind_read_returnsEachKindInAppendOrder() {
    List<WalletEvent> appended = new ArrayList<>();
    for (EventKind kind : EventKind.values()) {
      appended.add(
          kind.movesMoney()
              ? WalletEvent.of(kind, ALICE, EUR, amount("1"), amount("2"), KYREN, "k", txId(), T0)
              : WalletEvent.of(kind, ALICE, EUR, null, null, KYREN, "k", null, T0));
    }
    doInTx(s -> appended.forEach(s.events()::append));
    doInTx(s -> s.events().sequence(100));

    assertThat(inTx((Stores s) -> s.events().readAfter(0, 100)))
        .extracting(WalletEvent::kind)
        .containsExactly(EventKind.values());
  }

  @Test
  void givenUnsequencedEvent_readAfter_doesNotReturnIt() {
    doInTx(s -> s.events().append(debit("b1", T0)));

    assertThat(inTx((Stores s) -> s.events().readAfter(0, 10))).isEmpty();
  }

  @Test
  void givenRolledBackTransaction_itsEventIsNeverSequencedNorRead() {
    assertThatThrownBy(
            () ->
                doInTx(
                    s -> {
                      s.events().append(debit("b1", T0));
                      throw new IllegalStateException("the money movement failed");
                    }))
        .hasMessage("the money movement failed");

    assertThat(inTx((Stores s) -> s.events().sequence(10))).isZero();
    assertThat(inTx((Stores s) -> s.events().readAfter(0, 10))).isEmpty();
    assertThat(inTx((Stores s) -> s.events().oldestRetainedPosition())).isEqualTo(1);
  }

  @Test
  void givenTakenId_append_conflictsAndKeepsTheFirst() {
    WalletEvent first = debit("b1", T0);
    doInTx(s -> s.events().append(first));
    WalletEvent sameId =
        new WalletEvent(
            first.id(),
            null,
            EventKind.DEPOSITED,
            BOB,
            EUR,
            amount("5"),
            amount("5"),
            null,
            "dep-1",
            txId(),
            T0);

    assertThatThrownBy(() -> doInTx(s -> s.events().append(sameId)))
        .isInstanceOf(RetryableConflictException.class);
    doInTx(s -> s.events().sequence(10));
    assertSameValues(inTx((Stores s) -> s.events().readAfter(0, 10)), List.of(first.at(1)));
  }

  @Test
  void givenPositionedEvent_append_isRefused() {
    assertThatThrownBy(() -> doInTx(s -> s.events().append(debit("b1", T0).at(7))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Sequencing and reading.

  @Test
  void sequence_givesConsecutivePositionsInAppendOrder_atMostMaxAtATime() {
    List<WalletEvent> appended = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      WalletEvent event = debit("b" + i, T0);
      appended.add(event);
      doInTx(s -> s.events().append(event));
    }

    assertThat(inTx((Stores s) -> s.events().sequence(3))).isEqualTo(3);
    assertThat(inTx((Stores s) -> s.events().sequence(10))).isEqualTo(2);
    assertThat(inTx((Stores s) -> s.events().sequence(10))).isZero();
    List<WalletEvent> read = inTx((Stores s) -> s.events().readAfter(0, 10));
    assertThat(read).extracting(WalletEvent::position).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(ids(read)).containsExactlyElementsOf(ids(appended));
  }

  @Test
  void readAfter_returnsTheEventsAboveThePosition_inOrder_atMostLimit() {
    appendAndSequence(5, T0);

    assertThat(inTx((Stores s) -> s.events().readAfter(2, 2)))
        .extracting(WalletEvent::position)
        .containsExactly(3L, 4L);
    assertThat(inTx((Stores s) -> s.events().readAfter(5, 10))).isEmpty();
  }

  // Purge and retention.

  @Test
  void givenEmptyFeed_oldestRetainedPosition_isOne() {
    assertThat(inTx((Stores s) -> s.events().oldestRetainedPosition())).isEqualTo(1);
  }

  @Test
  void purge_deletesTheEventsOlderThanTheCutoff_fromTheLowestPosition() {
    for (int minute = 0; minute < 4; minute++) {
      appendAndSequence(1, T0.plus(Duration.ofMinutes(minute)));
    }

    assertThat(inTx((Stores s) -> s.events().purgeOccurredBefore(T0.plusSeconds(150), 10)))
        .isEqualTo(3);
    assertThat(inTx((Stores s) -> s.events().oldestRetainedPosition())).isEqualTo(4);
    assertThat(inTx((Stores s) -> s.events().readAfter(0, 10)))
        .extracting(WalletEvent::position)
        .containsExactly(4L);
  }

  @Test
  void E4_purge_stopsAtTheFirstEventNotOlderThanTheCutoff_soNoHoleOpensInTheFeed() {
    appendAndSequence(1, T0);
    appendAndSequence(1, T0.plus(Duration.ofHours(1)));
    appendAndSequence(1, T0);

    assertThat(inTx((Stores s) -> s.events().purgeOccurredBefore(T0.plusSeconds(60), 10)))
        .isEqualTo(1);
    assertThat(inTx((Stores s) -> s.events().readAfter(0, 10)))
        .extracting(WalletEvent::position)
        .containsExactly(2L, 3L);
  }

  @Test
  void purge_deletesAtMostLimit() {
    appendAndSequence(5, T0);

    assertThat(inTx((Stores s) -> s.events().purgeOccurredBefore(T0.plusSeconds(1), 2)))
        .isEqualTo(2);
    assertThat(inTx((Stores s) -> s.events().oldestRetainedPosition())).isEqualTo(3);
  }

  @Test
  void purge_keepsEventsNotYetSequenced() {
    doInTx(s -> s.events().append(debit("b1", T0)));

    assertThat(inTx((Stores s) -> s.events().purgeOccurredBefore(T0.plusSeconds(1), 10))).isZero();
    assertThat(inTx((Stores s) -> s.events().sequence(10))).isEqualTo(1);
    assertThat(inTx((Stores s) -> s.events().readAfter(0, 10))).hasSize(1);
  }

  @Test
  void givenEveryEventPurged_positionsContinue_andTheOldestRetainedIsTheNextOne() {
    appendAndSequence(2, T0);
    assertThat(inTx((Stores s) -> s.events().purgeOccurredBefore(T0.plusSeconds(1), 10)))
        .isEqualTo(2);

    assertThat(inTx((Stores s) -> s.events().oldestRetainedPosition())).isEqualTo(3);
    appendAndSequence(1, T0);
    assertThat(inTx((Stores s) -> s.events().readAfter(0, 10)))
        .extracting(WalletEvent::position)
        .containsExactly(3L);
  }

  // Cursors.

  @Test
  void givenNoSavedCursor_cursor_isZero() {
    assertThat(inTx((Stores s) -> s.events().cursor(CONSUMER))).isZero();
  }

  @Test
  void saveCursor_keepsTheLastPositionSaved_perConsumer() {
    doInTx(s -> s.events().saveCursor(CONSUMER, 5));
    doInTx(s -> s.events().saveCursor(CONSUMER, 7));
    doInTx(s -> s.events().saveCursor("other", 2));

    assertThat(inTx((Stores s) -> s.events().cursor(CONSUMER))).isEqualTo(7);
    assertThat(inTx((Stores s) -> s.events().cursor("other"))).isEqualTo(2);
  }

  @Test
  void givenRolledBackTransaction_saveCursor_keepsThePreviousCursor() {
    doInTx(s -> s.events().saveCursor(CONSUMER, 5));

    assertThatThrownBy(
            () ->
                doInTx(
                    s -> {
                      s.events().saveCursor(CONSUMER, 9);
                      throw new IllegalStateException("the consumer failed");
                    }))
        .hasMessage("the consumer failed");

    assertThat(inTx((Stores s) -> s.events().cursor(CONSUMER))).isEqualTo(5);
  }

  @Test
  void givenNegativePositionOrBlankConsumer_saveCursor_isRefused() {
    assertThatThrownBy(() -> doInTx(s -> s.events().saveCursor(CONSUMER, -1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> doInTx(s -> s.events().saveCursor(" ", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Commit order on real threads.

  /**
   * The hazard the feed is built against: the first event is appended first (so an identity would
   * number it lower) but commits after the second has been read. It must still be read, after it.
   */
  @Test
  @Timeout(60)
  void E2_givenEventCommittingAfterALaterOneWasRead_consumer_stillReadsIt() throws Exception {
    assumeTrue(runsTransactionsConcurrently(), "this storage runs one transaction at a time");
    WalletEvent first = debit("appended-first", T0);
    WalletEvent second = debit("appended-second", T0);
    CountDownLatch firstAppended = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> firstTransaction =
          writer.submit(
              () ->
                  doInTx(
                      s -> {
                        s.events().append(first);
                        firstAppended.countDown();
                        await(commitFirst);
                      }));
      assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
      doInTx(s -> s.events().append(second));

      List<WalletEvent> whileFirstOpen = consume(10);
      commitFirst.countDown();
      firstTransaction.get(30, TimeUnit.SECONDS);
      List<WalletEvent> afterFirstCommitted = consume(10);

      assertThat(ids(whileFirstOpen)).containsExactly(second.id());
      assertThat(ids(afterFirstCommitted)).containsExactly(first.id());
      assertThat(afterFirstCommitted.get(0).position())
          .isGreaterThan(whileFirstOpen.get(0).position());
      assertThat(consume(10)).isEmpty();
    } finally {
      commitFirst.countDown();
      writer.shutdownNow();
      writer.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Writers append and commit in whatever order their threads run, some holding their transaction
   * open a while; a second sequencer races the consumer's own sequencing. The consumer, reading
   * after its cursor meanwhile, sees every committed event once, at consecutive positions.
   */
  @Test
  @Timeout(300)
  void E2_givenWritersCommittingInAnyOrder_consumerReadingMeanwhile_seesEveryEventOnceInOrder()
      throws Exception {
    Set<String> committed = ConcurrentHashMap.newKeySet();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger passes = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
    long started = System.nanoTime();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Random random = new Random(31L * w);
        String name = "w" + w;
        writers.add(pool.submit(() -> write(name, random, committed)));
      }
      Future<?> sequencer =
          pool.submit(
              () -> {
                while (writing.get()) {
                  doInTx(s -> s.events().sequence(20));
                  pause(1);
                }
              });
      Future<List<WalletEvent>> consumer =
          pool.submit(
              () -> {
                List<WalletEvent> seen = new ArrayList<>();
                while (true) {
                  // Read before the pass: a pass begun after the last commit that reads nothing
                  // has read everything.
                  boolean lastPass = !writing.get();
                  List<WalletEvent> read = consume(50);
                  passes.incrementAndGet();
                  seen.addAll(read);
                  if (read.isEmpty()) {
                    if (lastPass) {
                      return seen;
                    }
                    pause(1);
                  }
                }
              });
      for (Future<?> w : writers) {
        w.get(240, TimeUnit.SECONDS);
      }
      writing.set(false);
      sequencer.get(60, TimeUnit.SECONDS);
      List<WalletEvent> seen = consumer.get(60, TimeUnit.SECONDS);

      assertThat(ids(seen)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(committed);
      assertThat(seen)
          .extracting(WalletEvent::position)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, seen.size()).boxed().toList());
      System.out.printf(
          "[events] %d events from %d writers read once each in %d consumer passes, %d ms%n",
          seen.size(),
          WRITERS,
          passes.get(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    } finally {
      writing.set(false);
      pool.shutdownNow();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    }
  }

  // One writer: transactions of one to three events, a quarter of them held open a moment after
  // each append, so that commits interleave with other writers' inserts.
  private void write(String name, Random random, Set<String> committed) {
    for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
      List<WalletEvent> events = new ArrayList<>();
      for (int e = 1 + random.nextInt(3); e > 0; e--) {
        events.add(debit(name + "-" + t + "-" + e, T0));
      }
      boolean slow = random.nextInt(4) == 0;
      doInTx(
          s -> {
            for (WalletEvent event : events) {
              s.events().append(event);
              if (slow) {
                pause(1 + random.nextInt(3));
              }
            }
          });
      events.forEach(event -> committed.add(event.id()));
    }
  }

  /**
   * One pass of a consumer: sequences in a transaction of its own, then reads after its cursor and
   * saves the cursor past what it read; returns what it read.
   */
  private List<WalletEvent> consume(int limit) {
    doInTx(s -> s.events().sequence(limit));
    return inTx(
        (Stores s) -> {
          long cursor = s.events().cursor(CONSUMER);
          List<WalletEvent> read = s.events().readAfter(cursor, limit);
          if (!read.isEmpty()) {
            // Positions are dense: a first event above cursor + 1 would mean lost events.
            assertThat(read.get(0).position()).isEqualTo(cursor + 1);
            s.events().saveCursor(CONSUMER, read.get(read.size() - 1).position());
          }
          return read;
        });
  }

  private void appendAndSequence(int count, Instant occurredAt) {
    doInTx(
        s -> {
          for (int i = 0; i < count; i++) {
            s.events().append(debit("b" + i, occurredAt));
          }
        });
    doInTx(s -> s.events().sequence(count));
  }

  private static WalletEvent debit(String key, Instant at) {
    return WalletEvent.of(
        EventKind.BET_DEBITED,
        ALICE,
        EUR,
        amount("-2.50"),
        amount("97.50"),
        KYREN,
        key,
        txId(),
        at);
  }

  private static List<String> ids(List<WalletEvent> events) {
    return events.stream().map(WalletEvent::id).toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the open transaction");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
