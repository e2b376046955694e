package dev.walletgate.adapter.persistence.jpa;

import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.money.CurrencyCode;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the storage contracts do not reach: the JPA adapter's own mechanics (the persistence
 * context, schema validation, the poisoned transaction, fault translation on a real database).
 */
@Timeout(60)
abstract class AbstractJpaPersistenceTest {
  static final PlayerId ALICE = new PlayerId("alice");
  static final Instant T0 = Instant.parse("2026-02-03T04:05:06.789Z");
  private static final SessionId S1 = new SessionId("s1");
  private static final SessionId S2 = new SessionId("s2");

  private final ExecutorService threads = Executors.newCachedThreadPool();
  JpaTestStorage storage;

  abstract JpaTestStorage open();

  @BeforeEach
  void openStorage() {
    storage = open();
  }

  @AfterEach
  void closeStorage() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(30, TimeUnit.SECONDS);
    if (storage != null) {
      storage.close();
    }
  }

  <T> T inTx(Function<Stores, T> work) {
    return storage.transactions().inTransaction(work);
  }

  @Test
  void givenAccountReadUnlocked_findForUpdateAfterAConcurrentBooking_seesTheCommittedBalance()
      throws Exception {
    inTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    CountDownLatch readUnlocked = new CountDownLatch(1);
    CountDownLatch otherCommitted = new CountDownLatch(1);
    Future<BigDecimal> reader =
        threads.submit(
            () ->
                inTx(
                    s -> {
                      s.accounts().find(ALICE, EUR).orElseThrow();
                      readUnlocked.countDown();
                      await(otherCommitted);
                      return s.accounts().findForUpdate(ALICE, EUR).orElseThrow().balance();
                    }));
    await(readUnlocked);
    inTx(
        s -> {
          s.accounts().book(deposit("7.50", "7.50", "d1"));
          return null;
        });
    otherCommitted.countDown();

    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualByComparingTo("7.50");
  }

  @Test
  void givenBetReadUnlocked_findForUpdateAfterAConcurrentCancel_seesTheCommittedState()
      throws Exception {
    Bet bet = openBet("b1");
    inTx(
        s -> {
          s.bets().insert(bet);
          return null;
        });
    CountDownLatch readUnlocked = new CountDownLatch(1);
    CountDownLatch otherCommitted = new CountDownLatch(1);
    Future<BetState> reader =
        threads.submit(
            () ->
                inTx(
                    s -> {
                      s.bets().find(Integration.KYREN, bet.key()).orElseThrow();
                      readUnlocked.countDown();
                      await(otherCommitted);
                      return s.bets()
                          .findForUpdate(Integration.KYREN, bet.key())
                          .orElseThrow()
                          .state();
                    }));
    await(readUnlocked);
    inTx(
        s -> {
          s.bets().update(bet.cancelled(new OperatorTransactionId("c1")));
          return null;
        });
    otherCommitted.countDown();

    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(BetState.CANCELLED);
  }

  @Test
  void givenWritesInOneTransaction_unlockedReadsInIt_seeThem() {
    Session seen =
        inTx(
            s -> {
              s.accounts().createIfAbsent(ALICE, EUR, T0);
              s.accounts().book(deposit("3", "3", "d1"));
              s.sessions().insert(session(S1));
              s.sessions().touch(S1, T0.plusSeconds(5));
              assertThat(s.accounts().find(ALICE, EUR).orElseThrow().balance())
                  .isEqualByComparingTo("3");
              assertThat(s.accounts().allEntries(ALICE, EUR)).hasSize(1);
              return s.sessions().find(S1).orElseThrow();
            });

    assertThat(seen.lastSeenAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void givenWorkSwallowsAConflict_inTransaction_stillRollsBackAndRethrowsIt() {
    inTx(
        s -> {
          s.sessions().insert(session(S1));
          return null;
        });

    Throwable thrown =
        catchThrowable(
            () ->
                inTx(
                    s -> {
                      s.sessions().insert(session(S2));
                      try {
                        s.sessions().insert(session(S1));
                      } catch (RetryableConflictException swallowed) {
                        // The work carries on as if nothing happened.
                      }
                      return "done";
                    }));

    assertThat(thrown).isInstanceOf(RetryableConflictException.class);
    assertThat(inTx((Stores s) -> s.sessions().find(S2))).isEmpty();
  }

  @Test
  void givenStoreFault_laterCallsInTheSameTransaction_failAlike() {
    inTx(
        s -> {
          s.sessions().insert(session(S1));
          return null;
        });

    Throwable later =
        catchThrowable(
            () ->
                inTx(
                    s -> {
                      catchThrowable(() -> s.sessions().insert(session(S1)));
                      return s.sessions().find(S2);
                    }));

    assertThat(later).isInstanceOf(RetryableConflictException.class);
  }

  @Test
  void givenTwoTransactionsLockingInOppositeOrder_oneOfThem_getsARetryableConflict()
      throws Exception {
    inTx(
        s -> {
          s.accounts().createIfAbsent(ALICE, EUR, T0);
          s.accounts().createIfAbsent(ALICE, USD, T0);
          return null;
        });
    CountDownLatch bothLocked = new CountDownLatch(2);
    Future<Throwable> first = threads.submit(() -> lockBoth(bothLocked, EUR, USD));
    Future<Throwable> second = threads.submit(() -> lockBoth(bothLocked, USD, EUR));

    Throwable a = first.get(40, TimeUnit.SECONDS);
    Throwable b = second.get(40, TimeUnit.SECONDS);

    assertThat(a == null || b == null).as("one of the two commits").isTrue();
    assertThat(a == null ? b : a).isInstanceOf(RetryableConflictException.class);
  }

  private Throwable lockBoth(
      CountDownLatch bothLocked, CurrencyCode firstCurrency, CurrencyCode second) {
    return catchThrowable(
        () ->
            inTx(
                s -> {
                  s.accounts().findForUpdate(ALICE, firstCurrency);
                  bothLocked.countDown();
                  await(bothLocked);
                  return s.accounts().findForUpdate(ALICE, second);
                }));
  }

  @Test
  void givenEveryConnectionTaken_inTransaction_isStorageUnavailable() throws Exception {
    AutoCloseable held = storage.exhaustPool().orElseThrow();
    try {
      assertThatThrownBy(() -> inTx(s -> s.accounts().playerExists(ALICE)))
          .isInstanceOf(StorageUnavailableException.class)
          .hasRootCauseInstanceOf(SQLException.class);
    } finally {
      held.close();
    }

    assertThat(inTx((Stores s) -> s.accounts().playerExists(ALICE))).isFalse();
  }

  @Test
  void givenRowsWrittenInPlainSql_stores_readThemAndBookAfterThem() {
    // What another adapter (Jdbi) leaves behind, with a timestamp in another offset.
    String at = "TIMESTAMP WITH TIME ZONE '2026-02-03 06:05:06.789+02:00'";
    storage.execute(
        "INSERT INTO " + storage.schema() + ".players VALUES ('alice', TRUE, " + at + ")");
    storage.execute(
        "INSERT INTO " + storage.schema() + ".accounts VALUES ('alice', 'EUR', 12.5, " + at + ")");
    storage.execute(
        "INSERT INTO "
            + storage.schema()
            + ".ledger_entries (transaction_id, player_id, currency, kind, amount,"
            + " balance_after, integration, entry_key, platform_reference, created_at) VALUES"
            + " ('op-sql', 'alice', 'EUR', 'DEPOSIT', 12.5, 12.5, NULL, 'ref-1', 'ref-1', "
            + at
            + ")");
    storage.execute(
        "INSERT INTO "
            + storage.schema()
            + ".bets VALUES ('kyren', 'b1', 'alice', 'EUR', 1.25, 'r1', 's1', 'OPEN',"
            + " 'op-bet', NULL, "
            + at
            + ")");

    LedgerEntry fromSql = inTx((Stores s) -> s.accounts().findByReference("ref-1")).orElseThrow();
    Bet bet =
        (Bet) inTx((Stores s) -> s.bets().find(Integration.KYREN, new BetKey("b1"))).orElseThrow();
    inTx(
        s -> {
          s.accounts().findForUpdate(ALICE, EUR).orElseThrow();
          s.accounts().book(deposit("1", "13.5", "ref-2"));
          return null;
        });

    assertThat(fromSql.createdAt()).isEqualTo(T0);
    assertThat(fromSql.amount()).isEqualByComparingTo("12.5");
    assertThat(fromSql.integration()).isNull();
    assertThat(bet.createdAt()).isEqualTo(T0);
    assertThat(bet.stake()).isEqualByComparingTo("1.25");
    assertThat(bet.debitTransaction()).isEqualTo(new OperatorTransactionId("op-bet"));
    var account = inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow();
    assertThat(account.locked()).isTrue();
    assertThat(account.balance()).isEqualByComparingTo("13.5");
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR)))
        .extracting(e -> e.transaction().value())
        .containsExactly("op-sql", "op-ref-2");
  }

  @Test
  void givenMigratedDatabase_migrateAgain_changesNothing() {
    inTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));

    try (JpaPersistence again = new JpaPersistence(storage.dataSource(), storage.schema())) {
      again.migrate();

      assertThat(again.inTransaction((Stores s) -> s.accounts().playerExists(ALICE))).isTrue();
    }
  }

  @Test
  void givenSchemaThatNoLongerMatchesTheMapping_firstTransaction_failsOnValidation() {
    storage.execute("ALTER TABLE " + storage.schema() + ".bets DROP COLUMN session_id");

    try (JpaPersistence mismatched = new JpaPersistence(storage.dataSource(), storage.schema())) {
      Throwable thrown = catchThrowable(() -> mismatched.inTransaction(s -> null));

      assertThat(thrown)
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(PersistenceException.class)
          .hasMessageContaining("session_id");
    }
  }

  @Test
  void givenClosedPersistence_inTransaction_isRefused() {
    JpaPersistence closed = new JpaPersistence(storage.dataSource(), storage.schema());
    closed.close();

    assertThatThrownBy(() -> closed.inTransaction(s -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  static LedgerEntry deposit(String amount, String after, String reference) {
    return new LedgerEntry(
        new OperatorTransactionId("op-" + reference),
        ALICE,
        EUR,
        EntryKind.DEPOSIT,
        new BigDecimal(amount),
        new BigDecimal(after),
        null,
        reference,
        T0);
  }

  static Bet openBet(String key) {
    return new Bet(
        Integration.KYREN,
        new BetKey(key),
        ALICE,
        EUR,
        new BigDecimal("1.00"),
        new RoundId("r1"),
        S1,
        BetState.OPEN,
        new OperatorTransactionId("debit-" + key),
        null,
        T0);
  }

  static Session session(SessionId id) {
    return new Session(id, ALICE, EUR, SessionState.ACTIVE, T0, T0);
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never got there");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
