package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.ALICE;
import static dev.walletgate.application.contract.StoreFixtures.BOB;
import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.application.contract.StoreFixtures.amount;
import static dev.walletgate.application.contract.StoreFixtures.assertSameValues;
import static dev.walletgate.application.contract.StoreFixtures.entry;
import static dev.walletgate.application.contract.StoreFixtures.platformEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.LedgerRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link dev.walletgate.application.port.out.AccountStore}: players, accounts, ledger.
 */
public abstract class AbstractAccountStoreContract extends AbstractStorageContract {

  @Test
  void givenNoPlayer_createIfAbsent_createsUnlockedPlayerWithZeroAccount() {
    Account created = inTx((Stores s) -> s.accounts().createIfAbsent(ALICE, EUR, T0));

    assertThat(created.player()).isEqualTo(ALICE);
    assertThat(created.currency()).isEqualTo(EUR);
    assertThat(created.balance()).isEqualByComparingTo("0");
    assertThat(created.locked()).isFalse();
    assertThat(inTx((Stores s) -> s.accounts().playerExists(ALICE))).isTrue();
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR))).isPresent();
  }

  @Test
  void givenFundedAccount_createIfAbsent_returnsItUnchanged() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(
        s -> s.accounts().book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "10", "10", "d1", T0)));

    Account again = inTx((Stores s) -> s.accounts().createIfAbsent(ALICE, EUR, T0));

    assertThat(again.balance()).isEqualByComparingTo("10");
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR))).hasSize(1);
  }

  @Test
  void givenPlayerWithOneAccount_createIfAbsentInOtherCurrency_addsSecondAccount() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(ALICE, new CurrencyCode("JPY"), T0));

    List<Account> all = inTx((Stores s) -> s.accounts().findAll(ALICE));

    assertThat(all)
        .extracting(Account::currency)
        .containsExactly(EUR, new CurrencyCode("JPY"), USD);
    assertThat(inTx((Stores s) -> s.accounts().findAll(BOB))).isEmpty();
  }

  @Test
  void givenUnknownPlayer_lookups_findNothing() {
    doInTx(s -> s.accounts().createIfAbsent(BOB, EUR, T0));

    assertThat(inTx((Stores s) -> s.accounts().playerExists(ALICE))).isFalse();
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR))).isEmpty();
    assertThat(inTx((Stores s) -> s.accounts().findForUpdate(ALICE, EUR))).isEmpty();
    assertThat(inTx((Stores s) -> s.accounts().find(BOB, USD))).isEmpty();
    assertThat(inTx((Stores s) -> s.accounts().findForUpdate(BOB, USD))).isEmpty();
  }

  @Test
  void givenAccount_findForUpdate_readsTheSameAsFind() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(
        s ->
            s.accounts()
                .book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "7.25", "7.25", "d1", T0)));

    Optional<Account> locked = inTx((Stores s) -> s.accounts().findForUpdate(ALICE, EUR));
    Optional<Account> plain = inTx((Stores s) -> s.accounts().find(ALICE, EUR));

    assertThat(locked).isPresent();
    assertSameValues(locked.get(), plain.get());
    assertThat(locked.get().balance()).isEqualByComparingTo("7.25");
  }

  @Test
  void L1_givenBookings_balanceIsTheLastBalanceAfterAndEntriesReplayToIt() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    List<LedgerEntry> booked =
        List.of(
            platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "100.00", "100.00", "d1", T0),
            entry(ALICE, EUR, EntryKind.BET, "-2.50", "97.50", "b1", T0.plusMillis(1)),
            entry(ALICE, EUR, EntryKind.WIN, "5.00", "102.50", "w1", T0.plusMillis(2)),
            entry(ALICE, EUR, EntryKind.REFUND, "2.50", "105.00", "b1", T0.plusMillis(3)),
            platformEntry(ALICE, EUR, EntryKind.WITHDRAWAL, "-5.00", "100.00", "w-1", T0));
    for (LedgerEntry e : booked) {
      doInTx(s -> s.accounts().book(e));
    }

    List<LedgerEntry> all = inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR));
    BigDecimal balance = inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow().balance();

    assertSameValues(all, booked);
    assertThat(balance).isEqualByComparingTo("100.00");
    assertThat(LedgerRules.holds(BigDecimal.ZERO, all, balance)).isTrue();
  }

  @Test
  void givenEntriesOfSeveralAccounts_allEntries_returnsOnlyThatAccountsInBookingOrder() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));
    doInTx(s -> s.accounts().createIfAbsent(BOB, EUR, T0));
    LedgerEntry a1 = platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "1", "a1", T0);
    LedgerEntry u1 = platformEntry(ALICE, USD, EntryKind.DEPOSIT, "2", "2", "u1", T0);
    LedgerEntry b1 = platformEntry(BOB, EUR, EntryKind.DEPOSIT, "3", "3", "b1", T0);
    // Booking order, not the clock, orders entries: a2 carries an earlier timestamp than a1.
    LedgerEntry a2 =
        platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "4", "5", "a2", T0.minus(Duration.ofDays(1)));
    for (LedgerEntry e : List.of(a1, u1, b1, a2)) {
      doInTx(s -> s.accounts().book(e));
    }

    assertSameValues(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR)), List.of(a1, a2));
    assertSameValues(inTx((Stores s) -> s.accounts().allEntries(ALICE, USD)), List.of(u1));
    assertSameValues(inTx((Stores s) -> s.accounts().allEntries(BOB, EUR)), List.of(b1));
    assertThat(inTx((Stores s) -> s.accounts().allEntries(BOB, USD))).isEmpty();
  }

  @Test
  void givenFiveEntries_recentEntries_returnsNewestFirstUpToTheLimit() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(BOB, EUR, T0));
    doInTx(s -> s.accounts().book(platformEntry(BOB, EUR, EntryKind.DEPOSIT, "9", "9", "bob", T0)));
    List<LedgerEntry> booked =
        List.of(
            platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "1", "r1", T0),
            platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "2", "r2", T0),
            platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "3", "r3", T0),
            platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "4", "r4", T0),
            platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "5", "r5", T0));
    for (LedgerEntry e : booked) {
      doInTx(s -> s.accounts().book(e));
    }

    List<LedgerEntry> recent = inTx((Stores s) -> s.accounts().recentEntries(ALICE, EUR, 3));
    List<LedgerEntry> beyond = inTx((Stores s) -> s.accounts().recentEntries(ALICE, EUR, 50));

    assertSameValues(recent, List.of(booked.get(4), booked.get(3), booked.get(2)));
    assertThat(beyond).hasSize(5);
    assertThat(inTx((Stores s) -> s.accounts().recentEntries(ALICE, EUR, 0))).isEmpty();
    assertSameValues(beyond.get(4), booked.get(0));
  }

  @Test
  void L2_givenPlatformEntry_findByReference_findsItAndNothingElse() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    LedgerEntry deposit = platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "50", "50", "ref-1", T0);
    LedgerEntry bet = entry(ALICE, EUR, EntryKind.BET, "-1", "49", "bet-key-1", T0);
    doInTx(s -> s.accounts().book(deposit));
    doInTx(s -> s.accounts().book(bet));

    assertSameValues(
        inTx((Stores s) -> s.accounts().findByReference("ref-1")).orElseThrow(), deposit);
    // A provider entry's key is a bet or win key, never a platform reference.
    assertThat(inTx((Stores s) -> s.accounts().findByReference("bet-key-1"))).isEmpty();
    assertThat(inTx((Stores s) -> s.accounts().findByReference("ref-2"))).isEmpty();
  }

  @Test
  void L2_givenPlatformReferenceTaken_secondEntryWithIt_conflictsAndBooksNothing() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(
        s ->
            s.accounts()
                .book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "50", "50", "ref-1", T0)));

    assertThatThrownBy(
            () ->
                doInTx(
                    s ->
                        s.accounts()
                            .book(
                                platformEntry(
                                    ALICE, EUR, EntryKind.DEPOSIT, "20", "70", "ref-1", T0))))
        .isInstanceOf(RetryableConflictException.class);

    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow().balance())
        .isEqualByComparingTo("50");
    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR))).hasSize(1);
  }

  @Test
  void givenProviderEntriesSharingAKey_book_keepsThemAll() {
    // A bet and its refund carry the same bet key; only platform references are unique.
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(
        s -> s.accounts().book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "10", "10", "d", T0)));
    doInTx(s -> s.accounts().book(entry(ALICE, EUR, EntryKind.BET, "-3", "7", "k1", T0)));
    doInTx(s -> s.accounts().book(entry(ALICE, EUR, EntryKind.REFUND, "3", "10", "k1", T0)));

    assertThat(inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR)))
        .extracting(LedgerEntry::kind)
        .containsExactly(EntryKind.DEPOSIT, EntryKind.BET, EntryKind.REFUND);
  }

  @Test
  void givenBookedTransactionId_bookingItAgain_neverBooksTwice() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    LedgerEntry first = entry(ALICE, EUR, EntryKind.WIN, "5", "5", "w1", T0);
    doInTx(s -> s.accounts().book(first));
    LedgerEntry sameId =
        new LedgerEntry(
            first.transaction(),
            ALICE,
            EUR,
            EntryKind.WIN,
            amount("6"),
            amount("11"),
            first.integration(),
            "w2",
            T0);

    try {
      doInTx(s -> s.accounts().book(sameId));
    } catch (RetryableConflictException expected) {
      // Refusing the second booking is one way to honour the contract; ignoring it is the other.
    }

    List<LedgerEntry> entries = inTx((Stores s) -> s.accounts().allEntries(ALICE, EUR));
    assertThat(entries).hasSize(1);
    assertSameValues(entries.get(0), first);
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow().balance())
        .isEqualByComparingTo("5");
  }

  @Test
  void M1_givenAmountsAtFullPrecision_book_keepsThemExactly() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, new CurrencyCode("USDT"), T0));
    String big = "12345678901234567890.123456789012345678";
    LedgerEntry deposit =
        platformEntry(ALICE, new CurrencyCode("USDT"), EntryKind.DEPOSIT, big, big, "d", T0);
    LedgerEntry bet =
        entry(
            ALICE,
            new CurrencyCode("USDT"),
            EntryKind.BET,
            "-0.000000000000000001",
            "12345678901234567890.123456789012345677",
            "k",
            T0);
    doInTx(s -> s.accounts().book(deposit));
    doInTx(s -> s.accounts().book(bet));

    assertThat(
            inTx((Stores s) -> s.accounts().find(ALICE, new CurrencyCode("USDT")))
                .orElseThrow()
                .balance())
        .isEqualByComparingTo("12345678901234567890.123456789012345677");
    assertSameValues(
        inTx((Stores s) -> s.accounts().allEntries(ALICE, new CurrencyCode("USDT"))),
        List.of(deposit, bet));
  }

  @Test
  void B5_givenPlayer_setLocked_locksAndUnlocksEveryAccount() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));

    assertThat(inTx((Stores s) -> s.accounts().setLocked(ALICE, true))).isTrue();
    assertThat(inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow().locked()).isTrue();
    assertThat(inTx((Stores s) -> s.accounts().findForUpdate(ALICE, USD)).orElseThrow().locked())
        .isTrue();
    assertThat(inTx((Stores s) -> s.accounts().findAll(ALICE))).allMatch(Account::locked);

    assertThat(inTx((Stores s) -> s.accounts().setLocked(ALICE, false))).isTrue();
    assertThat(inTx((Stores s) -> s.accounts().findAll(ALICE))).noneMatch(Account::locked);
  }

  @Test
  void givenLockedPlayer_book_keepsTheLock() {
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(s -> s.accounts().setLocked(ALICE, true));
    doInTx(s -> s.accounts().book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "1", "1", "d", T0)));

    Account account = inTx((Stores s) -> s.accounts().find(ALICE, EUR)).orElseThrow();

    assertThat(account.locked()).isTrue();
    assertThat(account.balance()).isEqualByComparingTo("1");
  }

  @Test
  void givenUnknownPlayer_setLocked_returnsFalseAndCreatesNothing() {
    PlayerId ghost = new PlayerId("ghost");

    assertThat(inTx((Stores s) -> s.accounts().setLocked(ghost, true))).isFalse();
    assertThat(inTx((Stores s) -> s.accounts().playerExists(ghost))).isFalse();
  }

  // Paging over every account (the ledger check).

  private static final PlayerId CAROL = new PlayerId("carol");

  /** Five accounts of three players, created out of order; bob is locked, alice's EUR holds 10. */
  private List<Account> fiveAccounts() {
    doInTx(s -> s.accounts().createIfAbsent(BOB, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(ALICE, USD, T0));
    doInTx(s -> s.accounts().createIfAbsent(CAROL, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(ALICE, EUR, T0));
    doInTx(s -> s.accounts().createIfAbsent(BOB, new CurrencyCode("JPY"), T0));
    doInTx(s -> s.accounts().setLocked(BOB, true));
    doInTx(
        s ->
            s.accounts()
                .book(platformEntry(ALICE, EUR, EntryKind.DEPOSIT, "10.5", "10.5", "d1", T0)));
    return List.of(
        new Account(ALICE, EUR, amount("10.5"), false),
        new Account(ALICE, USD, BigDecimal.ZERO, false),
        new Account(BOB, EUR, BigDecimal.ZERO, true),
        new Account(BOB, new CurrencyCode("JPY"), BigDecimal.ZERO, true),
        new Account(CAROL, EUR, BigDecimal.ZERO, false));
  }

  private static Account cursor(PlayerId player, CurrencyCode currency) {
    // Only the position counts: the cursor's balance and lock are not looked at.
    return new Account(player, currency, amount("999"), true);
  }

  @Test
  void givenAccountsOfSeveralPlayers_findAccountsAfterNull_returnsThemInPlayerAndCurrencyOrder() {
    List<Account> all = fiveAccounts();

    assertSameValues(inTx((Stores s) -> s.accounts().findAccountsAfter(null, 10)), all);
    assertSameValues(
        inTx((Stores s) -> s.accounts().findAccountsAfter(null, 2)), all.subList(0, 2));
    assertThat(inTx((Stores s) -> s.accounts().findAccountsAfter(null, 0))).isEmpty();
  }

  @Test
  void givenCursor_findAccountsAfter_returnsOnlyAccountsStrictlyAfterIt() {
    List<Account> all = fiveAccounts();

    // Same player, later currency; and later players whatever their currency.
    assertSameValues(
        inTx((Stores s) -> s.accounts().findAccountsAfter(cursor(BOB, EUR), 10)),
        all.subList(3, 5));
    assertSameValues(
        inTx((Stores s) -> s.accounts().findAccountsAfter(cursor(ALICE, EUR), 10)),
        all.subList(1, 5));
    assertSameValues(
        inTx((Stores s) -> s.accounts().findAccountsAfter(cursor(ALICE, USD), 1)),
        all.subList(2, 3));
    assertThat(inTx((Stores s) -> s.accounts().findAccountsAfter(cursor(CAROL, EUR), 10)))
        .isEmpty();
  }

  @Test
  void givenCursorBetweenAccounts_findAccountsAfter_startsAtTheNextOne() {
    List<Account> all = fiveAccounts();

    // Positions that are no account: inside alice's currencies, and between two players.
    assertSameValues(
        inTx(
            (Stores s) ->
                s.accounts().findAccountsAfter(cursor(ALICE, new CurrencyCode("GBP")), 10)),
        all.subList(1, 5));
    assertSameValues(
        inTx(
            (Stores s) ->
                s.accounts()
                    .findAccountsAfter(cursor(new PlayerId("b"), new CurrencyCode("ZZZ")), 10)),
        all.subList(2, 5));
    assertSameValues(
        inTx((Stores s) -> s.accounts().findAccountsAfter(cursor(BOB, USD), 10)),
        all.subList(4, 5));
    assertThat(
            inTx(
                (Stores s) ->
                    s.accounts()
                        .findAccountsAfter(
                            cursor(new PlayerId("dave"), new CurrencyCode("AAA")), 10)))
        .isEmpty();
  }

  @Test
  void givenSmallPages_findAccountsAfter_walksEveryAccountOnceInOrder() {
    List<Account> all = fiveAccounts();
    List<Account> walked = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    Account after = null;
    for (int guard = 0; guard < 10; guard++) {
      Account from = after;
      List<Account> page = inTx((Stores s) -> s.accounts().findAccountsAfter(from, 2));
      pageSizes.add(page.size());
      walked.addAll(page);
      if (page.size() < 2) {
        break;
      }
      after = page.get(page.size() - 1);
    }

    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertSameValues(walked, all);
  }

  @Test
  void givenNoAccounts_findAccountsAfter_findsNone() {
    assertThat(inTx((Stores s) -> s.accounts().findAccountsAfter(null, 10))).isEmpty();
    assertThat(inTx((Stores s) -> s.accounts().findAccountsAfter(cursor(ALICE, EUR), 10)))
        .isEmpty();
  }
}
