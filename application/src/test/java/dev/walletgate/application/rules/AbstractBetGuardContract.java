package dev.walletgate.application.rules;

import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.domain.model.Integration.KYREN;
import static dev.walletgate.domain.model.Integration.LUCKYMONACO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.application.guard.BetVerdict;
import dev.walletgate.application.guard.GuardedBet;
import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.application.testing.TestClock;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.PendingRaise;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bet guard's rules (domain/RULES.md, G1-G7) on the services, run against every storage:
 * in-memory, and each persistence adapter on H2 and PostgreSQL. A platform's guard is stood in for
 * by one that records what it was asked and answers as told; the built-in one is {@link
 * PlayerLimitGuard}. Every test uses fresh players and keys, so a subclass may share one database
 * across the tests of a class.
 */
public abstract class AbstractBetGuardContract {
  private Transactions transactions;
  private TestWallet wallet;
  private final List<GuardedBet> asked = new ArrayList<>();
  private final AtomicReference<BetVerdict> verdict = new AtomicReference<>(BetVerdict.ALLOW);

  /** Storage for one test: migrated, and either empty or shared with other tests of the class. */
  protected abstract Transactions storage();

  /** Releases what {@link #storage()} opened for one test; nothing by default. */
  protected void release() {}

  @BeforeEach
  void openStorage() {
    transactions = storage();
  }

  @AfterEach
  void releaseStorage() {
    release();
  }

  // The wallets.

  /** A guard that records each bet it is asked about and answers {@link #verdict}. */
  private final BetGuard recording =
      (bet, context) -> {
        asked.add(bet);
        return verdict.get();
      };

  private TestWallet guardedBy(BetGuard guard) {
    return over(TestWallet.defaultSettings().withBetGuard(guard));
  }

  private TestWallet withLimits(ZoneId zone) {
    return guardedBy(new PlayerLimitGuard(zone));
  }

  private TestWallet withLimits() {
    return withLimits(ZoneOffset.UTC);
  }

  private TestWallet over(WalletSettings settings) {
    wallet = TestWallet.over(transactions, settings);
    return wallet;
  }

  /** A player with an account and an open session. */
  private record Seat(String player, SessionId session, String currency) {
    PlayerId id() {
      return new PlayerId(player);
    }

    CurrencyCode code() {
      return new CurrencyCode(currency);
    }
  }

  private Seat seat(String currency, String balance) {
    String player = "player-" + wallet.nextId();
    wallet.account(player, currency, balance);
    return new Seat(player, wallet.openSession(player, currency), currency);
  }

  private Seat seat(String balance) {
    return seat("USD", balance);
  }

  /** The same player once the clock has moved on, in a new session: the old one idled out. */
  private Seat later(Seat seat, Duration by) {
    wallet.clock().advance(by);
    return new Seat(
        seat.player(), wallet.openSession(seat.player(), seat.currency()), seat.currency());
  }

  private String key() {
    return "key-" + wallet.nextId();
  }

  private String round() {
    return "round-" + wallet.nextId();
  }

  private PlaceBetCommand betCommand(Seat seat, String key, String amount) {
    return wallet.bet(KYREN, seat.player(), seat.session(), round(), key, amount, seat.currency());
  }

  private CallbackResult bet(Seat seat, String amount) {
    return wallet.place(betCommand(seat, key(), amount));
  }

  private CallbackResult win(Seat seat, String amount) {
    return wallet
        .services()
        .wins()
        .settleWin(wallet.win(KYREN, seat.player(), round(), key(), amount, seat.currency()));
  }

  private void limits(Seat seat, String stake, String dailyLoss) {
    Checked<BetLimits> set =
        wallet
            .services()
            .betLimits()
            .setLimits(
                new SetBetLimitsCommand(seat.id(), seat.code(), amount(stake), amount(dailyLoss)));
    assertThat(set).isInstanceOf(Checked.Valid.class);
  }

  private BetLimits limitsOf(Seat seat) {
    Checked<BetLimits> read = wallet.services().betLimits().getLimits(seat.id(), seat.code());
    assertThat(read).isInstanceOf(Checked.Valid.class);
    return ((Checked.Valid<BetLimits>) read).value();
  }

  private static Optional<BigDecimal> amount(String value) {
    return Optional.ofNullable(value).map(BigDecimal::new);
  }

  private BigDecimal balance(Seat seat) {
    return wallet.balance(seat.player(), seat.currency());
  }

  private int ledgerSize(Seat seat) {
    return wallet.ledger(seat.player(), seat.currency()).size();
  }

  private static void assertBooked(CallbackResult result) {
    assertThat(result.outcome()).isInstanceOf(Outcome.Success.class);
  }

  private static void assertRefused(CallbackResult result, Refusal refusal) {
    assertThat(result.outcome()).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused) result.outcome()).refusal()).isEqualTo(refusal);
  }

  // G1 - which bets the guard is asked about, and what it sees.

  @Test
  void G1_aBetTheRulesWouldBook_isPutToTheGuard_withWhatTheBetNames() {
    guardedBy(recording);
    Seat seat = seat("100");
    String key = key();
    PlaceBetCommand plain = betCommand(seat, key, "12.50");
    PlaceBetCommand command =
        new PlaceBetCommand(
            plain.integration(),
            plain.requestId(),
            plain.player(),
            plain.session(),
            plain.round(),
            plain.key(),
            plain.amount(),
            plain.currency(),
            Optional.of("speed-baccarat-1"));

    assertBooked(wallet.place(command));

    assertThat(asked).hasSize(1);
    GuardedBet bet = asked.get(0);
    assertThat(bet.integration()).isEqualTo(KYREN);
    assertThat(bet.player()).isEqualTo(seat.id());
    assertThat(bet.currency()).isEqualTo(new CurrencyCode("USD"));
    assertThat(bet.stake().display()).isEqualTo("12.50");
    assertThat(bet.round()).isEqualTo(command.round());
    assertThat(bet.key()).isEqualTo(new BetKey(key));
    assertThat(bet.game()).contains("speed-baccarat-1");
    assertThat(bet.at()).isEqualTo(wallet.clock().instant());
  }

  @Test
  void G1_aBetWithoutAGame_showsTheGuardNone() {
    guardedBy(recording);
    Seat seat = seat("100");

    assertBooked(bet(seat, "1"));

    assertThat(asked).singleElement().satisfies(b -> assertThat(b.game()).isEmpty());
  }

  @Test
  void G1_aRepeatedBet_andBetsTheRulesRefuse_neverReachTheGuard() {
    guardedBy(recording);
    Seat seat = seat("100");
    String key = key();
    assertBooked(wallet.place(betCommand(seat, key, "10")));
    asked.clear();

    assertBooked(wallet.place(betCommand(seat, key, "10")));
    assertRefused(wallet.place(betCommand(seat, key, "11")), Refusal.CONFLICTING_DUPLICATE);
    assertRefused(bet(seat, "1000"), Refusal.INSUFFICIENT_FUNDS);
    assertRefused(
        wallet.place(
            wallet.bet(
                KYREN, seat.player(), new SessionId("no-session"), round(), key(), "1", "USD")),
        Refusal.INVALID_SESSION);
    String voided = key();
    wallet
        .services()
        .cancels()
        .cancelBet(wallet.cancel(KYREN, seat.player(), voided, Optional.of("USD")));
    assertRefused(wallet.place(betCommand(seat, voided, "1")), Refusal.BET_VOIDED);

    assertThat(asked).isEmpty();
  }

  @Test
  void G1_aGuardFailingOnStorage_rollsTheBetBack_andTheRetryBooksIt() {
    AtomicReference<Boolean> failing = new AtomicReference<>(true);
    guardedBy(
        (bet, context) -> {
          if (failing.get()) {
            throw new StorageUnavailableException("guard's storage is down", null);
          }
          return BetVerdict.ALLOW;
        });
    Seat seat = seat("100");
    PlaceBetCommand command = betCommand(seat, key(), "10");

    assertThatThrownBy(() -> wallet.place(command)).isInstanceOf(StorageUnavailableException.class);
    assertThat(wallet.request(KYREN, command.requestId())).isEmpty();
    assertThat(wallet.bet(KYREN, command.key().value())).isEmpty();

    failing.set(false);
    assertBooked(wallet.place(command));
    assertThat(balance(seat)).isEqualByComparingTo("90");
  }

  @Test
  void G1_theGuardReadsInTheBetsTransaction_whatTheBetsBeforeBooked() {
    AtomicReference<BigDecimal> seen = new AtomicReference<>();
    guardedBy(
        (bet, context) -> {
          seen.set(
              context
                  .limits()
                  .netLoss(bet.player(), bet.currency(), TestClock.START, bet.at().plusMillis(1)));
          return BetVerdict.ALLOW;
        });
    Seat seat = seat("100");

    assertBooked(bet(seat, "10"));
    assertThat(seen.get()).isEqualByComparingTo("0");
    assertBooked(bet(seat, "5"));
    assertThat(seen.get()).isEqualByComparingTo("10");
  }

  // G2 - a refusal books nothing, and is recorded and replayed.

  @Test
  void G2_aRefusedBet_booksNothing_andItsKeyStaysFree() {
    guardedBy(recording);
    Seat seat = seat("100");
    int entries = ledgerSize(seat);
    PlaceBetCommand command = betCommand(seat, key(), "10");
    verdict.set(BetVerdict.NOT_ALLOWED);

    CallbackResult refused = wallet.place(command);

    assertRefused(refused, Refusal.BET_NOT_ALLOWED);
    assertThat(refused.outcome().balance().orElseThrow().display()).isEqualTo("100.00");
    assertThat(wallet.bet(KYREN, command.key().value())).isEmpty();
    boolean roundStored =
        transactions.inTransaction(
            s -> s.bets().findRoundForUpdate(KYREN, command.round()).isPresent());
    assertThat(roundStored).isFalse();
    assertThat(ledgerSize(seat)).isEqualTo(entries);
    assertThat(balance(seat)).isEqualByComparingTo("100");

    verdict.set(BetVerdict.ALLOW);
    PlaceBetCommand again =
        new PlaceBetCommand(
            command.integration(),
            new RequestId(wallet.nextId()),
            command.player(),
            command.session(),
            command.round(),
            command.key(),
            command.amount(),
            command.currency());
    assertBooked(wallet.place(again));
    assertThat(balance(seat)).isEqualByComparingTo("90");
  }

  @Test
  void G2_theRefusal_isRecorded_andReplayedWithoutAskingTheGuardAgain() {
    guardedBy(recording);
    Seat seat = seat("100");
    PlaceBetCommand command = betCommand(seat, key(), "10");
    verdict.set(BetVerdict.LIMIT_REACHED);

    CallbackResult first = wallet.place(command);
    verdict.set(BetVerdict.ALLOW);
    CallbackResult replay = wallet.place(command);

    assertRefused(first, Refusal.BET_LIMIT_REACHED);
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.outcome()).isEqualTo(first.outcome());
    assertThat(asked).hasSize(1);
    assertThat(wallet.request(KYREN, command.requestId()).orElseThrow().outcome().result())
        .isEqualTo(Refusal.BET_LIMIT_REACHED.name())
        .isNotEqualTo(RecordedOutcome.SUCCESS);
    assertThat(balance(seat)).isEqualByComparingTo("100");
  }

  // G3 - only bets are guarded; no guard changes nothing.

  @Test
  void G3_winsResultsEndRoundsCancelsAndRefunds_areNeverGuarded() {
    guardedBy(recording);
    Seat seat = seat("100");
    String round = round();
    String cancelled = key();
    String refunded = key();
    assertBooked(
        wallet.place(
            wallet.bet(KYREN, seat.player(), seat.session(), round, cancelled, "10", "USD")));
    assertBooked(
        wallet.place(
            wallet.bet(KYREN, seat.player(), seat.session(), round, refunded, "10", "USD")));
    asked.clear();
    verdict.set(BetVerdict.NOT_ALLOWED);

    assertBooked(win(seat, "5"));
    assertBooked(
        wallet
            .services()
            .cancels()
            .cancelBet(wallet.cancel(KYREN, seat.player(), cancelled, Optional.of("USD"))));
    assertBooked(
        wallet
            .services()
            .cancels()
            .refundBet(
                new RefundBetCommand(
                    KYREN,
                    new RequestId(wallet.nextId()),
                    seat.id(),
                    new RoundId(round),
                    new BetKey(refunded),
                    USD)));
    assertBooked(
        wallet.services().rounds().endRound(wallet.endRound(KYREN, seat.player(), round, "USD")));

    assertThat(asked).isEmpty();
    assertThat(balance(seat)).isEqualByComparingTo("105");
  }

  @Test
  void G3_withoutAGuard_aBetIsBookedAsTheRulesDecide() {
    over(TestWallet.defaultSettings());
    Seat seat = seat("100");
    limits(seat, "1", "1");

    assertBooked(bet(seat, "50"));

    assertThat(balance(seat)).isEqualByComparingTo("50");
    assertThat(WalletSettings.defaults().betGuard()).isSameAs(BetGuard.NONE);
  }

  // G4 - the built-in stake limit.

  @Test
  void G4_aStakeOverTheLimit_isRefused_oneEqualToIt_isBooked() {
    withLimits();
    Seat seat = seat("100");
    limits(seat, "10.00", null);

    assertRefused(bet(seat, "10.01"), Refusal.BET_LIMIT_REACHED);
    assertBooked(bet(seat, "10"));
    assertBooked(bet(seat, "10"));

    assertThat(balance(seat)).isEqualByComparingTo("80");
  }

  @Test
  void G4_limitsAreKeptPerPlayerAndCurrency() {
    withLimits();
    Seat alice = seat("100");
    Seat bob = seat("100");
    wallet.account(alice.player(), "EUR", "100");
    Seat aliceInEuro = new Seat(alice.player(), wallet.openSession(alice.player(), "EUR"), "EUR");
    limits(alice, "5", null);

    assertRefused(bet(alice, "6"), Refusal.BET_LIMIT_REACHED);
    assertBooked(bet(aliceInEuro, "6"));
    assertBooked(bet(bob, "6"));
  }

  @Test
  void G4_aLimitOfZero_refusesEveryBet() {
    withLimits();
    Seat seat = seat("100");
    limits(seat, "0", null);

    assertRefused(bet(seat, "0.01"), Refusal.BET_LIMIT_REACHED);
  }

  // G5 - the built-in daily loss limit.

  @Test
  void G5_theDaysNetLoss_isStakesMinusWinsAndRefunds() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, null, "100");
    String refunded = key();

    assertBooked(wallet.place(betCommand(seat, refunded, "60")));
    assertRefused(bet(seat, "40.01"), Refusal.BET_LIMIT_REACHED);
    assertBooked(win(seat, "20"));
    assertBooked(bet(seat, "60"));
    assertRefused(bet(seat, "0.01"), Refusal.BET_LIMIT_REACHED);
    assertBooked(
        wallet
            .services()
            .cancels()
            .cancelBet(wallet.cancel(KYREN, seat.player(), refunded, Optional.of("USD"))));
    assertBooked(bet(seat, "60"));
    assertRefused(bet(seat, "0.01"), Refusal.BET_LIMIT_REACHED);
  }

  @Test
  void G5_aPlayerAheadForTheDay_mayStakeWhatHeWon() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, null, "100");
    assertBooked(win(seat, "50"));

    assertBooked(bet(seat, "150"));
    assertRefused(bet(seat, "0.01"), Refusal.BET_LIMIT_REACHED);
  }

  @Test
  void G5_depositsAndWithdrawals_doNotCount() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, null, "100");
    transfer(seat, true, "500");
    transfer(seat, false, "700");

    assertBooked(bet(seat, "100"));
    assertRefused(bet(seat, "0.01"), Refusal.BET_LIMIT_REACHED);
  }

  private void transfer(Seat seat, boolean deposit, String amount) {
    TransferCommand command =
        new TransferCommand(seat.id(), seat.code(), new BigDecimal(amount), wallet.nextId());
    Outcome outcome =
        deposit
            ? wallet.services().accounts().deposit(command)
            : wallet.services().accounts().withdraw(command);
    assertThat(outcome.isSuccess()).isTrue();
  }

  @Test
  void G5_otherIntegrationsBetsCount_otherCurrenciesDoNot() {
    withLimits();
    Seat seat = seat("1000");
    wallet.account(seat.player(), "EUR", "1000");
    Seat inEuro = new Seat(seat.player(), wallet.openSession(seat.player(), "EUR"), "EUR");
    limits(seat, null, "100");

    assertBooked(
        wallet.place(
            wallet.bet(LUCKYMONACO, seat.player(), seat.session(), round(), key(), "70", "USD")));
    assertBooked(bet(inEuro, "500"));
    assertRefused(bet(seat, "30.01"), Refusal.BET_LIMIT_REACHED);
    assertBooked(bet(seat, "30"));
  }

  @Test
  void G5_aNewDayInTheConfiguredZone_startsFromNothing() {
    // The clock starts at midnight UTC, 10:00 in UTC+10: that day ends at 14:00 UTC.
    withLimits(ZoneOffset.ofHours(10));
    Seat seat = seat("1000");
    limits(seat, null, "100");
    assertBooked(bet(seat, "100"));

    seat = later(seat, Duration.ofHours(14).minusMillis(1));
    assertRefused(bet(seat, "1"), Refusal.BET_LIMIT_REACHED);
    wallet.clock().advance(Duration.ofMillis(1));
    assertBooked(bet(seat, "100"));
    assertRefused(bet(seat, "1"), Refusal.BET_LIMIT_REACHED);
  }

  @Test
  void G5_inUtc_theSameHoursAreOneDay() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, null, "100");
    assertBooked(bet(seat, "100"));

    seat = later(seat, Duration.ofHours(14));
    assertRefused(bet(seat, "1"), Refusal.BET_LIMIT_REACHED);
    seat = later(seat, Duration.ofHours(10));
    assertBooked(bet(seat, "1"));
  }

  @Test
  void G5_aWinBookedToday_forYesterdaysBet_lowersTodaysLoss() {
    withLimits();
    Seat seat = seat("1000");
    String round = round();
    assertBooked(
        wallet.place(wallet.bet(KYREN, seat.player(), seat.session(), round, key(), "90", "USD")));
    seat = later(seat, Duration.ofDays(1));
    limits(seat, null, "100");
    assertBooked(
        wallet
            .services()
            .wins()
            .settleWin(wallet.win(KYREN, seat.player(), round, key(), "30", "USD")));

    assertBooked(bet(seat, "130"));
    assertRefused(bet(seat, "0.01"), Refusal.BET_LIMIT_REACHED);
  }

  // G6 - tightening takes effect at once.

  @Test
  void G6_loweringALimit_holdsForTheVeryNextBet() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, "100", "500");
    assertBooked(bet(seat, "100"));

    limits(seat, "50", "120");

    assertRefused(bet(seat, "51"), Refusal.BET_LIMIT_REACHED);
    assertRefused(bet(seat, "21"), Refusal.BET_LIMIT_REACHED);
    assertBooked(bet(seat, "20"));
    assertThat(limitsOf(seat).stake().pending()).isEmpty();
  }

  // G7 - loosening waits for the cooling-off.

  @Test
  void G7_raisingALimit_waitsForTheCoolingOff_whileTheOldOneHolds() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, "10", null);

    limits(seat, "100", null);

    BetLimits shown = limitsOf(seat);
    assertThat(shown.stake().amount().orElseThrow()).isEqualByComparingTo("10");
    PendingRaise pending = shown.stake().pending().orElseThrow();
    assertThat(pending.amount().orElseThrow()).isEqualByComparingTo("100");
    assertThat(pending.effectiveAt())
        .isEqualTo(wallet.clock().instant().plus(WalletSettings.DEFAULT_BET_LIMIT_COOLING_OFF));
    assertRefused(bet(seat, "50"), Refusal.BET_LIMIT_REACHED);
    seat = later(seat, Duration.ofHours(24).minusMillis(1));
    assertRefused(bet(seat, "50"), Refusal.BET_LIMIT_REACHED);
    wallet.clock().advance(Duration.ofMillis(1));
    assertBooked(bet(seat, "50"));
    assertThat(limitsOf(seat).stake().amount().orElseThrow()).isEqualByComparingTo("100");
    assertThat(limitsOf(seat).stake().pending()).isEmpty();
  }

  @Test
  void G7_removingALimit_waitsForTheCoolingOff() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, null, "10");

    limits(seat, null, null);

    assertRefused(bet(seat, "11"), Refusal.BET_LIMIT_REACHED);
    seat = later(seat, Duration.ofHours(24));
    assertBooked(bet(seat, "500"));
    assertThat(limitsOf(seat).dailyLoss().amount()).isEmpty();
  }

  @Test
  void G7_askingAgainForAPendingRaise_keepsItsTime() {
    withLimits();
    Seat seat = seat("1000");
    limits(seat, "10", null);
    limits(seat, "100", null);
    PendingRaise first = limitsOf(seat).stake().pending().orElseThrow();

    seat = later(seat, Duration.ofHours(20));
    limits(seat, "100.00", null);

    assertThat(limitsOf(seat).stake().pending().orElseThrow().effectiveAt())
        .isEqualTo(first.effectiveAt());
    seat = later(seat, Duration.ofHours(4));
    assertBooked(bet(seat, "100"));
  }

  @Test
  void G7_theCoolingOff_isASetting() {
    over(
        TestWallet.defaultSettings()
            .withBetGuard(new PlayerLimitGuard())
            .withBetLimitCoolingOff(Duration.ofHours(1)));
    Seat seat = seat("1000");
    limits(seat, "10", null);
    limits(seat, "100", null);

    seat = later(seat, Duration.ofMinutes(59));
    assertRefused(bet(seat, "50"), Refusal.BET_LIMIT_REACHED);
    wallet.clock().advance(Duration.ofMinutes(1));
    assertBooked(bet(seat, "50"));
  }

  // The use case's own refusals.

  @Test
  void limits_ofAnAccountThatNeverHadAny_areNone() {
    withLimits();
    Seat seat = seat("1");

    assertThat(limitsOf(seat)).isEqualTo(BetLimits.none(seat.id(), USD));
  }

  @Test
  void B5_limits_needTheAccount() {
    withLimits();
    Seat seat = seat("1");
    var limits = wallet.services().betLimits();

    assertThat(limits.getLimits(new PlayerId("nobody-" + wallet.nextId()), USD))
        .isEqualTo(new Checked.Invalid<>(Refusal.PLAYER_NOT_FOUND));
    assertThat(limits.getLimits(seat.id(), EUR))
        .isEqualTo(new Checked.Invalid<>(Refusal.CURRENCY_MISMATCH));
    assertThat(
            limits.setLimits(
                new SetBetLimitsCommand(seat.id(), EUR, amount("1"), Optional.empty())))
        .isEqualTo(new Checked.Invalid<>(Refusal.CURRENCY_MISMATCH));
  }

  @Test
  void M2_M3_aLimit_isAnAmountOfItsCurrency_zeroOrMore() {
    withLimits();
    Seat seat = seat("1");
    var limits = wallet.services().betLimits();

    for (String bad : List.of("-1", "1.001", "1000000000000.01")) {
      assertThat(
              limits.setLimits(
                  new SetBetLimitsCommand(seat.id(), USD, amount(bad), Optional.empty())))
          .as(bad)
          .isEqualTo(new Checked.Invalid<>(Refusal.INVALID_AMOUNT));
      assertThat(
              limits.setLimits(
                  new SetBetLimitsCommand(seat.id(), USD, Optional.empty(), amount(bad))))
          .as(bad)
          .isEqualTo(new Checked.Invalid<>(Refusal.INVALID_AMOUNT));
    }
    assertThat(limits.getLimits(seat.id(), new CurrencyCode("QQQ")))
        .isEqualTo(new Checked.Invalid<>(Refusal.UNSUPPORTED_CURRENCY));
    assertThat(limitsOf(seat)).isEqualTo(BetLimits.none(seat.id(), USD));
  }
}
