package dev.walletgate.application.rules;

import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.domain.model.Integration.KYREN;
import static dev.walletgate.domain.model.Integration.LUCKYMONACO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.CheckSessionCommand;
import dev.walletgate.application.port.in.EventPage;
import dev.walletgate.application.port.in.GetBalanceCommand;
import dev.walletgate.application.port.in.LockPlayerCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.SessionExpiredCommand;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.application.service.EventFeedRunner;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services' rule tests (domain/RULES.md), run against every storage: in-memory, and each
 * persistence adapter on H2 and PostgreSQL. Every test uses fresh player ids and keys, so a
 * subclass may share one database across the tests of a class.
 */
public abstract class AbstractWalletRulesContract {
  protected TestWallet wallet;
  private String testRun;

  /** Storage for one test: migrated, and either empty or shared with other tests of the class. */
  protected abstract Transactions storage();

  /** Releases what {@link #storage()} opened for one test; nothing by default. */
  protected void release() {}

  @BeforeEach
  void createWallet() {
    wallet = TestWallet.over(storage());
    testRun = wallet.nextId();
  }

  @AfterEach
  void releaseStorage() {
    release();
  }

  /** A player with an account and an open session. */
  protected record Seat(String player, SessionId session, String currency) {
    CurrencyCode code() {
      return new CurrencyCode(currency);
    }
  }

  protected Seat seat(String currency, String balance) {
    String player = "player-" + wallet.nextId();
    wallet.account(player, currency, balance);
    return new Seat(player, wallet.openSession(player, currency), currency);
  }

  protected Seat seat(String balance) {
    return seat("USD", balance);
  }

  protected String key() {
    return "key-" + wallet.nextId();
  }

  /** A round id unique to this test, so tests can share one database. */
  protected String round(String name) {
    return name + "-" + testRun;
  }

  protected CallbackResult bet(Seat seat, String round, String key, String amount) {
    return wallet.place(
        wallet.bet(KYREN, seat.player(), seat.session(), round, key, amount, seat.currency()));
  }

  protected CallbackResult win(Seat seat, String round, String key, String amount) {
    return wallet
        .services()
        .wins()
        .settleWin(wallet.win(KYREN, seat.player(), round, key, amount, seat.currency()));
  }

  protected CallbackResult cancel(Seat seat, String key) {
    return wallet
        .services()
        .cancels()
        .cancelBet(wallet.cancel(KYREN, seat.player(), key, Optional.of(seat.currency())));
  }

  protected CallbackResult endRound(Seat seat, String round) {
    return wallet
        .services()
        .rounds()
        .endRound(wallet.endRound(KYREN, seat.player(), round, seat.currency()));
  }

  protected BigDecimal balance(Seat seat) {
    return wallet.balance(seat.player(), seat.currency());
  }

  protected static void assertSuccess(CallbackResult result) {
    assertThat(result.outcome()).isInstanceOf(Outcome.Success.class);
  }

  protected static void assertRefused(CallbackResult result, Refusal refusal) {
    assertRefused(result.outcome(), refusal);
  }

  protected static void assertRefused(Outcome outcome, Refusal refusal) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) outcome).refusal()).isEqualTo(refusal);
  }

  protected static OperatorTransactionId transactionOf(CallbackResult result) {
    assertSuccess(result);
    return ((Outcome.Success) result.outcome()).transactionId().orElseThrow();
  }

  protected static String displayedBalance(CallbackResult result) {
    return result.outcome().balance().orElseThrow().display();
  }

  private static void assertSameAmount(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
  }

  private void assertBalance(Seat seat, String expected) {
    assertSameAmount(balance(seat), expected);
  }

  private List<LedgerEntry> ledger(Seat seat) {
    return wallet.ledger(seat.player(), seat.currency());
  }

  private long entries(Seat seat, EntryKind kind) {
    return ledger(seat).stream().filter(e -> e.kind() == kind).count();
  }

  // E - Event feed.

  private List<WalletEvent> events(Seat seat) {
    return wallet.events(seat.player());
  }

  private static List<EventKind> kinds(List<WalletEvent> events) {
    return events.stream().map(WalletEvent::kind).toList();
  }

  @Test
  void E1_everyBookingAppendsOneEvent_andACallThatBooksNothingAppendsNone() {
    Seat alice = seat("10");
    String round = round("e1");
    String key = key();
    PlaceBetCommand placed =
        wallet.bet(KYREN, alice.player(), alice.session(), round, key, "4", alice.currency());
    CallbackResult booked = wallet.place(placed);
    wallet.place(placed);
    assertRefused(bet(alice, round, key(), "100"), Refusal.INSUFFICIENT_FUNDS);
    win(alice, round, key(), "0");
    win(alice, round, key(), "1.5");
    cancel(alice, key());
    endRound(alice, round);
    wallet
        .services()
        .accounts()
        .setLocked(new LockPlayerCommand(new PlayerId(alice.player()), true));

    List<WalletEvent> events = events(alice);

    assertThat(kinds(events))
        .containsExactly(
            EventKind.DEPOSITED,
            EventKind.BET_DEBITED,
            EventKind.WIN_CREDITED,
            EventKind.KEY_VOIDED,
            EventKind.ROUND_SETTLED,
            EventKind.ACCOUNT_LOCKED);
    WalletEvent debit = events.get(1);
    assertThat(debit.amount()).isEqualByComparingTo("-4");
    assertThat(debit.balanceAfter()).isEqualByComparingTo("6");
    assertThat(debit.transaction()).isEqualTo(transactionOf(booked));
    assertThat(debit.key()).isEqualTo(key);
    assertThat(debit.integration()).isEqualTo(KYREN);
    assertThat(events.get(4).key()).isEqualTo(round);
    assertThat(events.stream().map(WalletEvent::id).distinct()).hasSize(events.size());
  }

  @Test
  void E5_replayingAnAccountsMoneyEventsInPositionOrder_givesItsLedger() {
    Seat alice = seat("50");
    String round = round("e5");
    String refunded = key();
    bet(alice, round, key(), "5");
    bet(alice, round, refunded, "7.25");
    win(alice, round, key(), "3");
    cancel(alice, refunded);
    cancel(alice, refunded);
    wallet
        .services()
        .accounts()
        .withdraw(
            new TransferCommand(
                new PlayerId(alice.player()), alice.code(), new BigDecimal("10"), key()));

    List<WalletEvent> money = events(alice).stream().filter(e -> e.kind().movesMoney()).toList();
    List<LedgerEntry> ledger = ledger(alice);

    assertThat(money).hasSize(ledger.size());
    BigDecimal replayed = BigDecimal.ZERO;
    for (int i = 0; i < ledger.size(); i++) {
      LedgerEntry entry = ledger.get(i);
      WalletEvent event = money.get(i);
      replayed = replayed.add(event.amount());
      assertThat(event.transaction()).isEqualTo(entry.transaction());
      assertThat(event.amount()).isEqualByComparingTo(entry.amount());
      assertThat(event.balanceAfter()).isEqualByComparingTo(entry.balanceAfter());
      assertThat(event.balanceAfter()).isEqualByComparingTo(replayed);
    }
    assertThat(replayed).isEqualByComparingTo(balance(alice));
  }

  @Test
  void E4_eventsOlderThanTheRetention_arePurged_andAReaderBehindThemIsToldSo() {
    Seat alice = seat("10");
    bet(alice, round("e4"), key(), "1");
    long before = wallet.services().events().readEvents(0, 1).oldestRetainedPosition();
    // Far past the retention: tests sharing one database leave events at other instants of their
    // own clocks, and the purge stops at the first event it must keep.
    wallet.clock().advance(wallet.services().settings().requestRetention().multipliedBy(10));
    Seat bob = seat("5");

    long purged = wallet.services().housekeeping().purgeExpiredEvents();

    assertThat(purged).isPositive();
    assertThat(events(alice)).isEmpty();
    assertThat(kinds(events(bob))).containsExactly(EventKind.DEPOSITED);
    EventPage late = wallet.services().events().readEvents(before - 1, 10);
    assertThat(late.behind()).isTrue();
    assertThat(late.events()).isEmpty();
  }

  @Test
  void E3_theRunnerHandsEveryEventOnceInOrder_andAgainOnlyAfterAFailedHandling() {
    Seat alice = seat("20");
    String consumer = "rules-" + wallet.nextId();
    List<WalletEvent> handed = new ArrayList<>();
    EventFeedRunner runner = new EventFeedRunner(wallet.services().events(), consumer, handed::add);
    runner.runOnce();
    handed.clear();
    bet(alice, round("e3"), key(), "2");
    String failing = key();
    bet(alice, round("e3"), failing, "3");

    EventFeedRunner refusing =
        new EventFeedRunner(
            wallet.services().events(),
            consumer,
            event -> {
              if (failing.equals(event.key())) {
                throw new IllegalStateException("the platform is down");
              }
              handed.add(event);
            });
    assertThatThrownBy(refusing::runOnce)
        .isInstanceOf(EventFeedRunner.EventHandlingException.class);
    runner.runOnce();
    runner.runOnce();

    List<WalletEvent> mine =
        handed.stream().filter(e -> e.player().value().equals(alice.player())).toList();
    assertThat(kinds(mine)).containsExactly(EventKind.BET_DEBITED, EventKind.BET_DEBITED);
    assertThat(mine.get(1).key()).isEqualTo(failing);
    assertThat(handed.stream().map(WalletEvent::position).toList()).isSorted();
    assertThat(handed.stream().map(WalletEvent::id).distinct()).hasSize(handed.size());
  }

  // S - Sessions.

  @Test
  void S1_betWithUnknownOrForeignSession_isRefusedInvalidSession() {
    Seat alice = seat("100");
    Seat bob = seat("100");
    PlaceBetCommand unknown =
        wallet.bet(
            KYREN,
            alice.player(),
            new SessionId("no-such-session"),
            round("r1"),
            key(),
            "1",
            "USD");
    PlaceBetCommand foreign =
        wallet.bet(KYREN, alice.player(), bob.session(), round("r1"), key(), "1", "USD");

    assertRefused(wallet.place(unknown), Refusal.INVALID_SESSION);
    assertRefused(wallet.place(foreign), Refusal.INVALID_SESSION);
    assertBalance(alice, "100");
  }

  @Test
  void S1_checkAndBalance_needAnActiveSessionOfThatPlayer() {
    Seat alice = seat("12.5");
    Seat bob = seat("1");
    var sessions = wallet.services().providerSessions();

    Outcome balance =
        sessions.getBalance(
            new GetBalanceCommand(new PlayerId(alice.player()), alice.session(), Optional.empty()));
    Outcome foreign =
        sessions.checkSession(
            new CheckSessionCommand(new PlayerId(alice.player()), bob.session(), Optional.empty()));

    assertThat(balance.balance().orElseThrow().display()).isEqualTo("12.50");
    assertRefused(foreign, Refusal.INVALID_SESSION);
  }

  @Test
  void S2_winsCancelsAndEndRounds_doNotNeedAnActiveSession() {
    Seat seat = seat("100");
    String staked = key();
    String cancelled = key();
    assertSuccess(bet(seat, round("r1"), staked, "10"));
    assertSuccess(bet(seat, round("r2"), cancelled, "5"));
    wallet.services().platformSessions().closeSession(seat.session());

    assertSuccess(win(seat, round("r1"), key(), "30"));
    assertSuccess(cancel(seat, cancelled));
    assertSuccess(endRound(seat, round("r1")));
    assertBalance(seat, "120");
  }

  @Test
  void S3_openingANewSession_keepsTheOlderOneForSettlement() {
    Seat seat = seat("100");
    String bet = key();
    assertSuccess(bet(seat, round("r1"), bet, "10"));
    SessionId newer = wallet.openSession(seat.player(), "USD");

    CancelBetCommand cancelOnOldSession =
        new CancelBetCommand(
            KYREN,
            new RequestId(wallet.nextId()),
            new PlayerId(seat.player()),
            Optional.of(seat.session()),
            Optional.of(new RoundId(round("r1"))),
            new BetKey(bet),
            Optional.of(USD));

    assertThat(newer).isNotEqualTo(seat.session());
    assertSuccess(wallet.services().cancels().cancelBet(cancelOnOldSession));
    assertBalance(seat, "100");
  }

  @Test
  void S4_aSessionIdleLongerThanTheTimeout_expires_andActivityKeepsItAlive() {
    Seat seat = seat("100");
    Duration idle = wallet.services().settings().sessionIdleTimeout();

    wallet.clock().advance(idle.minusSeconds(60));
    assertSuccess(bet(seat, round("r1"), key(), "1"));
    wallet.clock().advance(idle.minusSeconds(60));
    assertSuccess(bet(seat, round("r1"), key(), "1"));
    wallet.clock().advance(idle.plusSeconds(1));

    assertRefused(bet(seat, round("r1"), key(), "1"), Refusal.INVALID_SESSION);
    assertBalance(seat, "98");
  }

  @Test
  void S4_sessionExpiredCallAndPlatformClose_endTheSessionAtOnce() {
    Seat first = seat("100");
    Seat second = seat("100");

    CallbackResult expired =
        wallet
            .services()
            .providerSessions()
            .sessionExpired(
                new SessionExpiredCommand(
                    KYREN,
                    new RequestId(wallet.nextId()),
                    new PlayerId(first.player()),
                    first.session()));
    boolean closed = wallet.services().platformSessions().closeSession(second.session());

    assertSuccess(expired);
    assertThat(closed).isTrue();
    assertRefused(bet(first, round("r1"), key(), "1"), Refusal.INVALID_SESSION);
    assertRefused(bet(second, round("r1"), key(), "1"), Refusal.INVALID_SESSION);
  }

  @Test
  void B5_aBalanceReadForAPlayerWithASessionButNoAccount_isPlayerNotFound() {
    String player = "ghost-" + key();
    SessionId session = wallet.openSession(player, "USD");

    Outcome balance =
        wallet
            .services()
            .providerSessions()
            .getBalance(new GetBalanceCommand(new PlayerId(player), session, Optional.of(USD)));

    assertRefused(balance, Refusal.PLAYER_NOT_FOUND);
  }

  // B - Bets.

  @Test
  void B1_aBet_debitsItsStakeOnce_andBooksOneLedgerEntryWithANewTransactionId() {
    Seat seat = seat("100");
    String key = key();

    CallbackResult result = bet(seat, round("r1"), key, "12.34");

    assertThat(displayedBalance(result)).isEqualTo("87.66");
    assertBalance(seat, "87.66");
    LedgerEntry entry = ledger(seat).get(ledger(seat).size() - 1);
    assertThat(entry.kind()).isEqualTo(EntryKind.BET);
    assertSameAmount(entry.amount(), "-12.34");
    assertThat(entry.transaction()).isEqualTo(transactionOf(result));
    assertThat(entry.key()).isEqualTo(key);
    assertThat(wallet.bet(KYREN, key).orElseThrow().state()).isEqualTo(BetState.OPEN);
  }

  @Test
  void B2_theSameBetUnderANewRequestId_booksNothing_andAnswersTheOriginalTransaction() {
    Seat seat = seat("100");
    String key = key();
    CallbackResult first = bet(seat, round("r1"), key, "10");

    CallbackResult again = bet(seat, round("r1"), key, "10.00");

    assertThat(again.replayed()).isFalse();
    assertThat(transactionOf(again)).isEqualTo(transactionOf(first));
    assertThat(displayedBalance(again)).isEqualTo("90.00");
    assertThat(entries(seat, EntryKind.BET)).isEqualTo(1);
  }

  @Test
  void B3_theSameBetKeyWithAnotherStakeCurrencyOrPlayer_isRefusedConflictingDuplicate() {
    Seat seat = seat("100");
    seat.getClass();
    Seat other = seat("100");
    wallet.account(seat.player(), "EUR", "100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));

    CallbackResult otherStake = bet(seat, round("r1"), key, "11");
    CallbackResult otherPlayer = bet(other, round("r1"), key, "10");
    CallbackResult otherCurrency =
        wallet.place(
            wallet.bet(KYREN, seat.player(), seat.session(), round("r1"), key, "10", "EUR"));

    assertRefused(otherStake, Refusal.CONFLICTING_DUPLICATE);
    assertRefused(otherPlayer, Refusal.CONFLICTING_DUPLICATE);
    assertRefused(otherCurrency, Refusal.CONFLICTING_DUPLICATE);
    assertBalance(seat, "90");
    assertBalance(other, "100");
  }

  @Test
  void B4_insufficientFunds_booksNothingForTheKey_soACancelOfItIsACancelOfAnUnknownBet() {
    Seat seat = seat("5");
    String key = key();

    assertRefused(bet(seat, round("r1"), key, "5.01"), Refusal.INSUFFICIENT_FUNDS);
    assertThat(wallet.bet(KYREN, key)).isEmpty();
    assertSuccess(cancel(seat, key));

    assertThat(wallet.bet(KYREN, key).orElseThrow().state()).isEqualTo(BetState.VOIDED);
    assertBalance(seat, "5");
  }

  @Test
  void B5_unknownPlayerMissingCurrencyOrLockedPlayer_isRefused() {
    Seat seat = seat("100");
    Seat locked = seat("100");
    wallet
        .services()
        .accounts()
        .setLocked(new LockPlayerCommand(new PlayerId(locked.player()), true));

    CallbackResult unknown =
        wallet.place(
            wallet.bet(KYREN, "nobody-" + key(), seat.session(), round("r"), key(), "1", "USD"));
    CallbackResult noAccount =
        wallet.place(
            wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "1", "EUR"));
    CallbackResult lockedBet = bet(locked, round("r"), key(), "1");

    assertRefused(unknown, Refusal.INVALID_SESSION);
    assertRefused(noAccount, Refusal.CURRENCY_MISMATCH);
    assertRefused(lockedBet, Refusal.ACCOUNT_LOCKED);
    assertBalance(locked, "100");
  }

  @Test
  void B5_aPlayerWithASessionButNoAccount_isRefusedPlayerNotFound() {
    String player = "ghost-" + key();
    SessionId session = wallet.openSession(player, "USD");

    CallbackResult result =
        wallet.place(wallet.bet(KYREN, player, session, round("r"), key(), "1", "USD"));

    assertRefused(result, Refusal.PLAYER_NOT_FOUND);
  }

  @Test
  void B5_aLockedPlayersWinsAndCancelsStillBook() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));
    wallet
        .services()
        .accounts()
        .setLocked(new LockPlayerCommand(new PlayerId(seat.player()), true));

    assertSuccess(win(seat, round("r1"), key(), "3"));
    assertSuccess(cancel(seat, key));

    assertBalance(seat, "103");
  }

  @Test
  void B6_aBetWhoseKeyWasVoidedOrCancelled_isRefusedBetVoided_andNeverDebits() {
    Seat seat = seat("100");
    String voided = key();
    String cancelled = key();
    assertSuccess(cancel(seat, voided));
    assertSuccess(bet(seat, round("r1"), cancelled, "10"));
    assertSuccess(cancel(seat, cancelled));

    assertRefused(bet(seat, round("r1"), voided, "10"), Refusal.BET_VOIDED);
    assertRefused(bet(seat, round("r1"), cancelled, "10"), Refusal.BET_VOIDED);
    assertBalance(seat, "100");
  }

  @Test
  void B6_aReplayOfTheOriginalBetRequestId_stillGetsItsRecordedOutcome() {
    Seat seat = seat("100");
    String key = key();
    PlaceBetCommand original =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r1"), key, "10", "USD");
    CallbackResult first = wallet.place(original);
    assertSuccess(cancel(seat, key));

    CallbackResult replay = wallet.place(original);

    assertThat(replay.replayed()).isTrue();
    assertThat(replay.outcome()).isEqualTo(first.outcome());
    assertBalance(seat, "100");
  }

  @Test
  void B7_aBetIntoAnEndedRound_isRefusedRoundEnded() {
    Seat seat = seat("100");
    assertSuccess(bet(seat, round("r1"), key(), "10"));
    assertSuccess(endRound(seat, round("r1")));
    assertSuccess(endRound(seat, round("r-never-bet")));

    assertRefused(bet(seat, round("r1"), key(), "10"), Refusal.ROUND_ENDED);
    assertRefused(bet(seat, round("r-never-bet"), key(), "10"), Refusal.ROUND_ENDED);
    assertBalance(seat, "90");
  }

  // W - Wins.

  @Test
  void W1_aWin_creditsItsAmountOnce_andBooksOneLedgerEntry() {
    Seat seat = seat("100");
    assertSuccess(bet(seat, round("r1"), key(), "10"));
    String winKey = key();

    CallbackResult result = win(seat, round("r1"), winKey, "25.5");

    assertThat(displayedBalance(result)).isEqualTo("115.50");
    LedgerEntry entry = ledger(seat).get(ledger(seat).size() - 1);
    assertThat(entry.kind()).isEqualTo(EntryKind.WIN);
    assertThat(entry.transaction()).isEqualTo(transactionOf(result));
    assertThat(entry.key()).isEqualTo(winKey);
  }

  @Test
  void W2_aRepeatedWinKey_booksNothingIfEqual_andIsRefusedIfDifferent() {
    Seat seat = seat("100");
    String winKey = key();
    CallbackResult first = win(seat, round("r1"), winKey, "5");

    CallbackResult same = win(seat, round("r1"), winKey, "5.00");
    CallbackResult different = win(seat, round("r1"), winKey, "6");

    assertThat(transactionOf(same)).isEqualTo(transactionOf(first));
    assertRefused(different, Refusal.CONFLICTING_DUPLICATE);
    assertBalance(seat, "105");
    assertThat(entries(seat, EntryKind.WIN)).isEqualTo(1);
  }

  @Test
  void W3_aZeroWin_isRecordedButBooksNoMoney() {
    Seat seat = seat("100");
    String winKey = key();

    CallbackResult result = win(seat, round("r1"), winKey, "0");

    assertThat(transactionOf(result)).isNotNull();
    assertThat(wallet.storedWin(KYREN, winKey)).isPresent();
    assertThat(entries(seat, EntryKind.WIN)).isZero();
    assertBalance(seat, "100");
  }

  @Test
  void W4_aWinIntoARoundWhoseBetsWereAllCancelled_isRefusedBetVoided() {
    Seat seat = seat("100");
    String first = key();
    String second = key();
    assertSuccess(bet(seat, round("r1"), first, "10"));
    assertSuccess(bet(seat, round("r1"), second, "10"));
    assertSuccess(cancel(seat, first));
    assertSuccess(cancel(seat, second));

    assertRefused(win(seat, round("r1"), key(), "50"), Refusal.BET_VOIDED);
    assertBalance(seat, "100");
  }

  @Test
  void W5_luckyMonacoWinWithoutABookedBet_isRefusedUnlessItCarriesABonus() {
    Seat seat = seat("100");
    String spin = key();

    CallbackResult plain = luckyWin(seat, spin, "7", false, Optional.empty());
    CallbackResult bonus = luckyWin(seat, spin, "7", false, Optional.of("free-spins-1"));

    assertRefused(plain, Refusal.BET_NOT_FOUND);
    assertSuccess(bonus);
    assertBalance(seat, "107");
  }

  @Test
  void W5_kyrenResults_areCreditedWhetherOrNotTheRoundHasBets() {
    Seat seat = seat("100");

    assertSuccess(win(seat, round("round-without-bets"), key(), "7"));

    assertBalance(seat, "107");
  }

  private CallbackResult luckyWin(
      Seat seat, String spin, String amount, boolean endsRound, Optional<String> bonus) {
    return wallet
        .services()
        .wins()
        .settleWin(
            new SettleWinCommand(
                LUCKYMONACO,
                new RequestId(wallet.nextId()),
                new PlayerId(seat.player()),
                Optional.of(seat.session()),
                new RoundId(spin),
                new WinKey(wallet.nextId()),
                new BigDecimal(amount),
                seat.code(),
                endsRound,
                true,
                bonus));
  }

  private CallbackResult luckyBet(Seat seat, String spin, String amount) {
    return wallet.place(
        wallet.bet(LUCKYMONACO, seat.player(), seat.session(), spin, spin, amount, "USD"));
  }

  // R - Rounds.

  @Test
  void R1_endRound_settlesTheOpenBets_andRepeatingItSucceedsAndChangesNothing() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));

    CallbackResult first = endRound(seat, round("r1"));
    CallbackResult again = endRound(seat, round("r1"));

    assertThat(displayedBalance(first)).isEqualTo("90.00");
    assertThat(displayedBalance(again)).isEqualTo("90.00");
    assertThat(wallet.bet(KYREN, key).orElseThrow().state()).isEqualTo(BetState.SETTLED);
  }

  @Test
  void R2_aLuckyMonacoWinThatEndsTheSpin_settlesItsBet() {
    Seat seat = seat("100");
    String spin = key();
    assertSuccess(luckyBet(seat, spin, "10"));

    assertSuccess(luckyWin(seat, spin, "4", true, Optional.empty()));

    assertThat(wallet.bet(LUCKYMONACO, spin).orElseThrow().state()).isEqualTo(BetState.SETTLED);
    assertRefused(
        wallet
            .services()
            .cancels()
            .cancelBet(wallet.cancel(LUCKYMONACO, seat.player(), spin, Optional.empty())),
        Refusal.BET_ALREADY_SETTLED);
    assertBalance(seat, "94");
  }

  // C - Cancellation.

  @Test
  void C1_cancellingAnOpenBet_refundsExactlyItsStake_withItsOwnTransaction() {
    Seat seat = seat("100");
    String key = key();
    CallbackResult placed = bet(seat, round("r1"), key, "12.34");

    CallbackResult cancelled = cancel(seat, key);

    assertThat(displayedBalance(cancelled)).isEqualTo("100.00");
    assertThat(transactionOf(cancelled)).isNotEqualTo(transactionOf(placed));
    BetKeyHolder bet = wallet.bet(KYREN, key).orElseThrow();
    assertThat(bet.state()).isEqualTo(BetState.CANCELLED);
    assertThat(bet.cancelTransaction()).isEqualTo(transactionOf(cancelled));
    LedgerEntry refund = ledger(seat).get(ledger(seat).size() - 1);
    assertThat(refund.kind()).isEqualTo(EntryKind.REFUND);
    assertSameAmount(refund.amount(), "12.34");
  }

  @Test
  void C2_cancellingACancelledBetAgain_refundsNothing_andAnswersTheOriginalRefund() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));
    CallbackResult first = cancel(seat, key);

    CallbackResult again = cancel(seat, key);

    assertThat(again.replayed()).isFalse();
    assertThat(transactionOf(again)).isEqualTo(transactionOf(first));
    assertThat(entries(seat, EntryKind.REFUND)).isEqualTo(1);
    assertBalance(seat, "100");
  }

  @Test
  void C3_cancelOfUnknownBet_succeedsMovesNoMoney_andVoidsTheKey() {
    Seat seat = seat("100");
    String key = key();

    CallbackResult result = cancel(seat, key);

    BetKeyHolder voided = wallet.bet(KYREN, key).orElseThrow();
    assertThat(voided.state()).isEqualTo(BetState.VOIDED);
    assertThat(voided.cancelTransaction()).isEqualTo(transactionOf(result));
    assertThat(ledger(seat)).allMatch(e -> e.kind() == EntryKind.DEPOSIT);
    assertRefused(bet(seat, round("r1"), key, "10"), Refusal.BET_VOIDED);
    assertBalance(seat, "100");
  }

  @Test
  void C3_aLuckyMonacoCancelOfAnUnknownTransaction_voidsIt_soTheLateBetIsRefused() {
    Seat seat = seat("100");
    String spin = key();

    assertSuccess(
        wallet
            .services()
            .cancels()
            .cancelBet(wallet.cancel(LUCKYMONACO, seat.player(), spin, Optional.empty())));

    assertRefused(luckyBet(seat, spin, "10"), Refusal.BET_VOIDED);
    assertBalance(seat, "100");
  }

  @Test
  void C4_aCancelIsAcceptedWhateverTheStateOfTheSession() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));
    wallet.clock().advance(Duration.ofDays(2));
    wallet.openSession(seat.player(), "USD");

    assertSuccess(cancel(seat, key));

    assertBalance(seat, "100");
  }

  @Test
  void C5_aCancelNamingAnotherPlayerOrCurrency_isRefused_andNothingMoves() {
    Seat seat = seat("100");
    Seat other = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));

    CallbackResult otherPlayer = cancel(other, key);
    CallbackResult otherCurrency =
        wallet
            .services()
            .cancels()
            .cancelBet(wallet.cancel(KYREN, seat.player(), key, Optional.of("EUR")));

    assertRefused(otherPlayer, Refusal.CONFLICTING_DUPLICATE);
    assertThat(otherPlayer.outcome().balance().orElseThrow().amount()).isEqualByComparingTo("100");
    assertRefused(otherCurrency, Refusal.CURRENCY_MISMATCH);
    assertBalance(seat, "90");
    assertThat(wallet.bet(KYREN, key).orElseThrow().state()).isEqualTo(BetState.OPEN);
  }

  @Test
  void C6_cancellingASettledBet_isRefusedBetAlreadySettled() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));
    assertSuccess(endRound(seat, round("r1")));

    assertRefused(cancel(seat, key), Refusal.BET_ALREADY_SETTLED);

    assertBalance(seat, "90");
  }

  @Test
  void C7_aCancelRacingItsBet_endsInOneOfTheTwoHistories() throws Exception {
    Seat seat = seat("1000");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int race = 0; race < 20; race++) {
        String key = key();
        CyclicBarrier start = new CyclicBarrier(2);
        Future<CallbackResult> placed =
            pool.submit(atBarrier(start, () -> bet(seat, round("r1"), key, "1")));
        Future<CallbackResult> cancelled = pool.submit(atBarrier(start, () -> cancel(seat, key)));
        CallbackResult b = placed.get(30, TimeUnit.SECONDS);
        assertSuccess(cancelled.get(30, TimeUnit.SECONDS));
        BetKeyHolder row = wallet.bet(KYREN, key).orElseThrow();
        if (b.outcome().isSuccess()) {
          assertThat(row.state()).isEqualTo(BetState.CANCELLED);
        } else {
          assertRefused(b, Refusal.BET_VOIDED);
          assertThat(row.state()).isEqualTo(BetState.VOIDED);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertBalance(seat, "1000");
    assertThat(entries(seat, EntryKind.BET)).isEqualTo(entries(seat, EntryKind.REFUND));
  }

  private static <T> Callable<T> atBarrier(CyclicBarrier barrier, Callable<T> work) {
    return () -> {
      barrier.await(30, TimeUnit.SECONDS);
      return work.call();
    };
  }

  @Test
  void C8_aCancelledBet_keepsItsDebit_andGainsARefund() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));
    assertSuccess(cancel(seat, key));

    List<LedgerEntry> forKey = ledger(seat).stream().filter(e -> key.equals(e.key())).toList();

    assertThat(forKey)
        .extracting(LedgerEntry::kind)
        .containsExactly(EntryKind.BET, EntryKind.REFUND);
    assertThat(wallet.bet(KYREN, key)).isPresent();
  }

  @Test
  void C1_kyrenRefund_followsTheRulesOfACancel_andIgnoresAnyAmount() {
    Seat seat = seat("100");
    String key = key();
    assertSuccess(bet(seat, round("r1"), key, "10"));
    RefundBetCommand refund =
        new RefundBetCommand(
            KYREN,
            new RequestId(wallet.nextId()),
            new PlayerId(seat.player()),
            new RoundId(round("r1")),
            new BetKey(key),
            USD);

    CallbackResult first = wallet.services().cancels().refundBet(refund);
    CallbackResult viaCancel = cancel(seat, key);

    assertThat(transactionOf(viaCancel)).isEqualTo(transactionOf(first));
    assertBalance(seat, "100");
  }

  // I - Idempotency of requests.

  @Test
  void I1_aRequestIsRecordedWithItsOutcome_refusalsToo_butNotMalformedOnes() {
    Seat seat = seat("5");
    PlaceBetCommand booked =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "1", "USD");
    PlaceBetCommand refused =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "100", "USD");
    PlaceBetCommand malformed =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "1.001", "USD");

    CallbackResult bookedResult = wallet.place(booked);
    wallet.place(refused);
    assertRefused(wallet.place(malformed), Refusal.INVALID_AMOUNT);

    RecordedOutcome bookedRecord =
        wallet.request(KYREN, booked.requestId()).orElseThrow().outcome();
    assertThat(bookedRecord.result()).isEqualTo(RecordedOutcome.SUCCESS);
    assertThat(bookedRecord.transactionId()).isEqualTo(transactionOf(bookedResult).value());
    assertThat(wallet.request(KYREN, refused.requestId()).orElseThrow().outcome().result())
        .isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(wallet.request(KYREN, malformed.requestId())).isEmpty();
  }

  @Test
  void I2_aSeenRequestId_getsTheRecordedOutcomeBack_withNoNewEffect() {
    Seat seat = seat("100");
    String key = key();
    PlaceBetCommand command =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key, "10", "USD");
    CallbackResult first = wallet.place(command);
    assertSuccess(win(seat, round("r"), key(), "50"));

    CallbackResult replay = wallet.place(command);

    assertThat(replay.replayed()).isTrue();
    assertThat(replay.outcome()).isEqualTo(first.outcome());
    assertThat(displayedBalance(replay)).isEqualTo("90.00");
    assertBalance(seat, "140");
  }

  @Test
  void I3_aSeenRequestIdWithOtherContent_isRefused_andHasNoEffect() {
    Seat seat = seat("100");
    PlaceBetCommand command =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "10", "USD");
    wallet.place(command);
    PlaceBetCommand sameIdOtherKey =
        new PlaceBetCommand(
            KYREN,
            command.requestId(),
            command.player(),
            command.session(),
            command.round(),
            new BetKey(key()),
            command.amount(),
            USD);

    CallbackResult result = wallet.place(sameIdOtherKey);

    assertRefused(result, Refusal.CONFLICTING_DUPLICATE);
    assertThat(wallet.bet(KYREN, sameIdOtherKey.key().value())).isEmpty();
    assertBalance(seat, "90");
  }

  @Test
  void I3_theSameRequestIdUnderAnotherIntegration_isAnotherRequest() {
    Seat seat = seat("100");
    String requestId = wallet.nextId();
    PlaceBetCommand kyren =
        new PlaceBetCommand(
            KYREN,
            new RequestId(requestId),
            new PlayerId(seat.player()),
            seat.session(),
            new RoundId(round("r")),
            new BetKey(key()),
            new BigDecimal("1"),
            USD);
    PlaceBetCommand lucky =
        new PlaceBetCommand(
            LUCKYMONACO,
            new RequestId(requestId),
            new PlayerId(seat.player()),
            seat.session(),
            new RoundId(round("r")),
            new BetKey(key()),
            new BigDecimal("1"),
            USD);

    assertSuccess(wallet.place(kyren));
    assertSuccess(wallet.place(lucky));

    assertBalance(seat, "98");
  }

  @Test
  void I4_copiesOfOneRequestInFlightTogether_takeEffectOnce() throws Exception {
    Seat seat = seat("100");
    PlaceBetCommand command =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "10", "USD");
    int copies = 8;
    ExecutorService pool = Executors.newFixedThreadPool(copies);
    try {
      CyclicBarrier start = new CyclicBarrier(copies);
      List<Future<CallbackResult>> results = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        results.add(pool.submit(atBarrier(start, () -> wallet.place(command))));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<CallbackResult> r : results) {
        outcomes.add(r.get(60, TimeUnit.SECONDS).outcome());
      }
      assertThat(outcomes).allMatch(o -> o.equals(outcomes.get(0)));
    } finally {
      pool.shutdownNow();
    }
    assertBalance(seat, "90");
    assertThat(entries(seat, EntryKind.BET)).isEqualTo(1);
  }

  @Test
  void I5_purge_removesOnlyRequestRecordsPastRetention() {
    Seat seat = seat("100");
    String key = key();
    PlaceBetCommand old =
        wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key, "10", "USD");
    wallet.place(old);
    wallet.clock().advance(wallet.services().settings().requestRetention().plusHours(1));
    Seat later = seat("100");
    PlaceBetCommand recent =
        wallet.bet(KYREN, later.player(), later.session(), round("r"), key(), "10", "USD");
    wallet.place(recent);

    int purged = wallet.services().housekeeping().purgeExpiredRequests();

    assertThat(purged).isGreaterThanOrEqualTo(1);
    assertThat(wallet.request(KYREN, old.requestId())).isEmpty();
    assertThat(wallet.request(KYREN, recent.requestId())).isPresent();
    assertThat(wallet.bet(KYREN, key)).isPresent();
    assertThat(ledger(seat)).hasSize(2);
  }

  // L - Ledger.

  @Test
  void L1_afterMixedOperations_everyBalanceIsTheSumOfItsEntries() {
    Seat seat = seat("100");
    String cancelled = key();
    assertSuccess(bet(seat, round("r1"), key(), "10"));
    assertSuccess(bet(seat, round("r1"), cancelled, "7.5"));
    assertSuccess(win(seat, round("r1"), key(), "3.25"));
    assertSuccess(cancel(seat, cancelled));
    assertSuccess(endRound(seat, round("r1")));

    assertThat(LedgerRules.holds(BigDecimal.ZERO, ledger(seat), balance(seat))).isTrue();
    assertBalance(seat, "93.25");
  }

  @Test
  void L2_depositsAndWithdrawals_areEntriesIdempotentByReference() {
    Seat seat = seat("0");
    PlayerId player = new PlayerId(seat.player());
    var accounts = wallet.services().accounts();
    String reference = "dep-" + key();

    Outcome first =
        accounts.deposit(new TransferCommand(player, USD, new BigDecimal("50"), reference));
    Outcome again =
        accounts.deposit(new TransferCommand(player, USD, new BigDecimal("50.00"), reference));
    Outcome clash =
        accounts.deposit(new TransferCommand(player, USD, new BigDecimal("51"), reference));
    Outcome withdrawn =
        accounts.withdraw(new TransferCommand(player, USD, new BigDecimal("20"), "wd-" + key()));
    Outcome overdraft =
        accounts.withdraw(new TransferCommand(player, USD, new BigDecimal("30.01"), "wd-" + key()));

    assertThat(((Outcome.Success) again).transactionId())
        .isEqualTo(((Outcome.Success) first).transactionId());
    assertRefused(clash, Refusal.CONFLICTING_DUPLICATE);
    assertThat(withdrawn.balance().orElseThrow().display()).isEqualTo("30.00");
    assertRefused(overdraft, Refusal.INSUFFICIENT_FUNDS);
    assertThat(ledger(seat))
        .extracting(LedgerEntry::kind)
        .containsExactly(EntryKind.DEPOSIT, EntryKind.WITHDRAWAL);
  }

  // M - Money.

  @Test
  void M2_anAmountWithMoreDigitsThanItsCurrencysScale_isRefusedNeverRounded() {
    Seat usd = seat("USD", "100");
    Seat jpy = seat("JPY", "1000");
    Seat usdt = seat("USDT", "1");

    assertRefused(bet(usd, round("r"), key(), "0.001"), Refusal.INVALID_AMOUNT);
    assertRefused(bet(jpy, round("r"), key(), "1.5"), Refusal.INVALID_AMOUNT);
    assertThat(displayedBalance(bet(usdt, round("r"), key(), "0.000001"))).isEqualTo("0.999999");
    assertBalance(usd, "100");
    assertBalance(jpy, "1000");
  }

  @Test
  void M2_anUnconfiguredCurrency_isRefusedUnsupported() {
    Seat seat = seat("100");

    CallbackResult result =
        wallet.place(
            wallet.bet(KYREN, seat.player(), seat.session(), round("r"), key(), "1", "XXQ"));

    assertRefused(result, Refusal.UNSUPPORTED_CURRENCY);
  }

  @Test
  void M3_zeroNegativeAndOversizedStakes_areRefused_butAZeroWinIsValid() {
    Seat seat = seat("100");

    assertRefused(bet(seat, round("r"), key(), "0"), Refusal.INVALID_AMOUNT);
    assertRefused(bet(seat, round("r"), key(), "-1"), Refusal.INVALID_AMOUNT);
    assertRefused(bet(seat, round("r"), key(), "1E+400"), Refusal.INVALID_AMOUNT);
    assertRefused(bet(seat, round("r"), key(), "1000000000000.01"), Refusal.INVALID_AMOUNT);
    assertRefused(win(seat, round("r"), key(), "-0.01"), Refusal.INVALID_AMOUNT);
    assertSuccess(win(seat, round("r"), key(), "0.00"));
    assertBalance(seat, "100");
  }

  @Test
  void M4_aBalanceIsNeverNegative() {
    Seat seat = seat("10");

    assertRefused(bet(seat, round("r"), key(), "10.01"), Refusal.INSUFFICIENT_FUNDS);
    assertSuccess(bet(seat, round("r"), key(), "10"));
    assertRefused(bet(seat, round("r"), key(), "0.01"), Refusal.INSUFFICIENT_FUNDS);

    assertBalance(seat, "0");
  }

  @Test
  void M5_balancesAreShownWithExactlyTheCurrencysScale() {
    Seat usd = seat("USD", "99899.99");
    Seat jpy = seat("JPY", "1500");
    Seat bhd = seat("BHD", "2");

    assertThat(displayedBalance(win(usd, round("r"), key(), "0"))).isEqualTo("99899.99");
    assertThat(displayedBalance(win(jpy, round("r"), key(), "0"))).isEqualTo("1500");
    assertThat(displayedBalance(win(bhd, round("r"), key(), "0.5"))).isEqualTo("2.500");
  }

  @Test
  void givenAnOpenSessionRequest_withThePlatformsOwnId_isIdempotentAndRefusesAnotherPlayer() {
    Seat seat = seat("1");
    SessionId own = new SessionId("platform-" + key());
    var sessions = wallet.services().platformSessions();

    var first =
        sessions.openSession(
            new OpenSessionCommand(new PlayerId(seat.player()), USD, Optional.of(own)));
    var again =
        sessions.openSession(
            new OpenSessionCommand(new PlayerId(seat.player()), USD, Optional.of(own)));
    var other =
        sessions.openSession(
            new OpenSessionCommand(new PlayerId("x-" + key()), USD, Optional.of(own)));

    assertThat(first).isInstanceOf(Checked.Valid.class);
    assertThat(again).isEqualTo(first);
    assertThat(other).isEqualTo(new Checked.Invalid<>(Refusal.CONFLICTING_DUPLICATE));
  }
}
