package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.OTHER_ROUND;
import static dev.walletgate.domain.rules.Given.ROUND;
import static dev.walletgate.domain.rules.Given.T0;
import static dev.walletgate.domain.rules.Given.dec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.RequestRules.RequestDecision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The decision tables are total: every generated combination of loaded state and command gets a
 * non-null decision without an exception, the decisions keep the money invariants, and every row of
 * each table (every decision and refusal) is reached.
 */
class DecisionTableProperties {

  @Property(tries = 3000)
  void betDecisionIsTotalAndNeverOverdrawsOrDebitsAVoidedKey(
      @ForAll("betAttempts") BetAttempt attempt,
      @ForAll("existingBets") Optional<Bet> existing,
      @ForAll boolean sessionActive,
      @ForAll("accounts") Optional<Account> account,
      @ForAll boolean playerKnown,
      @ForAll("rounds") Optional<Round> round) {
    BetDecision decision =
        BetRules.decide(attempt, existing, sessionActive, account, playerKnown, round);

    assertThat(decision).isNotNull();
    if (decision instanceof BetDecision.Debit debit) {
      // B1, M4: a debit is a fresh bet that all the checks let through, and never overdraws.
      assertThat(existing).isEmpty();
      assertThat(sessionActive).isTrue();
      assertThat(account).hasValueSatisfying(a -> assertThat(a.locked()).isFalse());
      assertThat(round.map(Round::state)).isNotEqualTo(Optional.of(RoundState.ENDED));
      assertThat(debit.balanceAfter().signum()).isNotNegative();
      assertThat(debit.balanceAfter())
          .isEqualByComparingTo(account.get().balance().subtract(attempt.stake()));
    }
    if (existing.isPresent() && existing.get().state().isVoidedOrCancelled()) {
      // B6: whatever else is true, a voided or cancelled key is refused.
      assertThat(decision).isEqualTo(new BetDecision.Refuse(Refusal.BET_VOIDED));
    }
    if (decision instanceof BetDecision.Duplicate duplicate) {
      // B2: only the same content on a booked, live key.
      Bet original = existing.orElseThrow();
      assertThat(duplicate.original()).isSameAs(original);
      assertThat(original.state()).isIn(BetState.OPEN, BetState.SETTLED);
      assertThat(original.player()).isEqualTo(attempt.player());
      assertThat(original.currency()).isEqualTo(attempt.currency());
      assertThat(original.stake()).isEqualByComparingTo(attempt.stake());
    }
    if (decision.equals(new BetDecision.Refuse(Refusal.CONFLICTING_DUPLICATE))) {
      assertThat(existing).isPresent(); // B3
    }
    boolean everyCheckPasses =
        existing.isEmpty()
            && sessionActive
            && account.isPresent()
            && !account.get().locked()
            && round.map(r -> r.state() != RoundState.ENDED).orElse(true)
            && account.get().balance().compareTo(attempt.stake()) >= 0;
    assertThat(decision instanceof BetDecision.Debit).isEqualTo(everyCheckPasses); // B1, B4-B7
    if (existing.isPresent() && !existing.get().state().isVoidedOrCancelled()) {
      Bet original = existing.get();
      boolean sameContent =
          original.player().equals(attempt.player())
              && attempt.currency().equals(original.currency())
              && original.stake().compareTo(attempt.stake()) == 0;
      assertThat(decision)
          .isEqualTo(
              sameContent
                  ? new BetDecision.Duplicate(original)
                  : new BetDecision.Refuse(Refusal.CONFLICTING_DUPLICATE)); // B2, B3
    }
    if (existing.isEmpty() && !sessionActive) {
      assertThat(decision).isEqualTo(new BetDecision.Refuse(Refusal.INVALID_SESSION)); // S1
    }
    requireEveryRow(
        "bet",
        describe(decision),
        "Debit",
        "Duplicate",
        "BET_VOIDED",
        "CONFLICTING_DUPLICATE",
        "INVALID_SESSION",
        "PLAYER_NOT_FOUND",
        "CURRENCY_MISMATCH",
        "ACCOUNT_LOCKED",
        "ROUND_ENDED",
        "INSUFFICIENT_FUNDS");
  }

  @Property(tries = 3000)
  void winDecisionIsTotalAndCreditsOnlyLiveRounds(
      @ForAll("winAttempts") WinAttempt attempt,
      @ForAll("existingWins") Optional<Win> existing,
      @ForAll("roundBets") List<Bet> roundBets,
      @ForAll("accounts") Optional<Account> account,
      @ForAll boolean playerKnown) {
    WinDecision decision = WinRules.decide(attempt, existing, roundBets, account, playerKnown);

    assertThat(decision).isNotNull();
    boolean anyBooked =
        roundBets.stream()
            .anyMatch(b -> b.state() == BetState.OPEN || b.state() == BetState.SETTLED);
    if (decision instanceof WinDecision.Credit credit) {
      // W1, W3: a fresh win credits exactly its amount.
      assertThat(existing).isEmpty();
      assertThat(credit.balanceAfter())
          .isEqualByComparingTo(account.orElseThrow().balance().add(attempt.amount()));
      assertThat(credit.balanceAfter().signum()).isNotNegative();
      // W4: never into a round whose bets were all voided or cancelled.
      assertThat(roundBets.isEmpty() || anyBooked).isTrue();
      // W5: a protocol that needs a bet gets one, unless the win is a bonus.
      assertThat(!attempt.requiresBet() || attempt.bonus() || anyBooked).isTrue();
    }
    if (decision instanceof WinDecision.Duplicate duplicate) {
      assertThat(duplicate.original()).isSameAs(existing.orElseThrow()); // W2
      assertThat(duplicate.original().amount()).isEqualByComparingTo(attempt.amount());
    }
    if (existing.isEmpty() && account.isEmpty()) {
      assertThat(decision)
          .isEqualTo(
              new WinDecision.Refuse(
                  playerKnown ? Refusal.CURRENCY_MISMATCH : Refusal.PLAYER_NOT_FOUND)); // B5
    }
    if (existing.isPresent()) {
      Win original = existing.get();
      boolean sameContent =
          original.player().equals(attempt.player())
              && original.currency().equals(attempt.currency())
              && original.amount().compareTo(attempt.amount()) == 0
              && original.round().equals(attempt.round());
      assertThat(decision)
          .isEqualTo(
              sameContent
                  ? new WinDecision.Duplicate(original)
                  : new WinDecision.Refuse(Refusal.CONFLICTING_DUPLICATE)); // W2
    }
    boolean creditable =
        existing.isEmpty()
            && account.isPresent()
            && (roundBets.isEmpty() || anyBooked)
            && (!attempt.requiresBet() || attempt.bonus() || anyBooked);
    assertThat(decision instanceof WinDecision.Credit).isEqualTo(creditable); // W1, W3-W5
    requireEveryRow(
        "win",
        describe(decision),
        "Credit",
        "Duplicate",
        "CONFLICTING_DUPLICATE",
        "PLAYER_NOT_FOUND",
        "CURRENCY_MISMATCH",
        "BET_VOIDED",
        "BET_NOT_FOUND");
  }

  @Property(tries = 3000)
  void cancelDecisionIsTotalAndRefundsExactlyTheRecordedStakeOnce(
      @ForAll("cancelAttempts") CancelAttempt attempt,
      @ForAll("existingBets") Optional<Bet> existing,
      @ForAll("accounts") Optional<Account> betAccount) {
    CancelDecision decision = CancelRules.decide(attempt, existing, betAccount);

    assertThat(decision).isNotNull();
    if (existing.isEmpty()) {
      assertThat(decision).isEqualTo(new CancelDecision.VoidKey()); // C3
    }
    if (decision instanceof CancelDecision.VoidKey) {
      assertThat(existing).isEmpty();
    }
    if (decision instanceof CancelDecision.Refund refund) {
      // C1: only an open bet of this player, refunded by exactly its recorded stake.
      Bet bet = existing.orElseThrow();
      assertThat(refund.bet()).isSameAs(bet);
      assertThat(bet.state()).isEqualTo(BetState.OPEN);
      assertThat(bet.player()).isEqualTo(attempt.player());
      assertThat(refund.balanceAfter())
          .isEqualByComparingTo(betAccount.orElseThrow().balance().add(bet.stake()));
    }
    if (decision instanceof CancelDecision.AlreadyCancelled already) {
      // C2: the original answer; never a second refund.
      assertThat(already.bet()).isSameAs(existing.orElseThrow());
      assertThat(already.bet().state().isVoidedOrCancelled()).isTrue();
    }
    if (existing.isPresent()) {
      assertThat(decision).isEqualTo(expectedCancelOfExisting(attempt, existing.get(), betAccount));
    }
    requireEveryRow(
        "cancel",
        describe(decision),
        "VoidKey",
        "Refund",
        "AlreadyCancelled",
        "CONFLICTING_DUPLICATE",
        "CURRENCY_MISMATCH",
        "BET_ALREADY_SETTLED",
        "PLAYER_NOT_FOUND");
  }

  @Property(tries = 3000)
  void transferDecisionIsTotalAndNeverLeavesANegativeBalance(
      @ForAll("players") PlayerId player,
      @ForAll("transferKinds") EntryKind kind,
      @ForAll("transferAmounts") BigDecimal amount,
      @ForAll("existingTransfers") Optional<LedgerEntry> existing,
      @ForAll("accounts") Optional<Account> account) {
    TransferDecision decision = TransferRules.decide(player, kind, amount, existing, account);

    assertThat(decision).isNotNull();
    if (decision instanceof TransferDecision.Book book) {
      // L2, M4, L1: a fresh reference moves exactly the amount and never goes below zero.
      assertThat(existing).isEmpty();
      assertThat(book.balanceAfter().signum()).isNotNegative();
      BigDecimal signed = amount.multiply(BigDecimal.valueOf(kind.sign()));
      assertThat(book.balanceAfter())
          .isEqualByComparingTo(account.orElseThrow().balance().add(signed));
    }
    boolean bookable =
        existing.isEmpty()
            && account.isPresent()
            && (kind == EntryKind.DEPOSIT || account.get().balance().compareTo(amount) >= 0);
    assertThat(decision instanceof TransferDecision.Book).isEqualTo(bookable); // L2, M4
    if (decision instanceof TransferDecision.Duplicate duplicate) {
      LedgerEntry original = existing.orElseThrow();
      assertThat(duplicate.original()).isSameAs(original);
      assertThat(original.kind()).isEqualTo(kind);
      assertThat(original.player()).isEqualTo(player);
      assertThat(original.amount().abs()).isEqualByComparingTo(amount);
    }
    requireEveryRow(
        "transfer",
        describe(decision),
        "Book",
        "Duplicate",
        "CONFLICTING_DUPLICATE",
        "PLAYER_NOT_FOUND",
        "INSUFFICIENT_FUNDS");
  }

  @Property(tries = 1000)
  void requestDecisionIsTotalAndReplaysOnlyTheSameContent(
      @ForAll("recordedFingerprints") Optional<Fingerprint> recorded,
      @ForAll("fingerprints") Fingerprint incoming) {
    RequestDecision decision = RequestRules.decide(recorded, incoming);

    RequestDecision expected =
        recorded.isEmpty()
            ? RequestDecision.PROCESS
            : recorded.get().equals(incoming) ? RequestDecision.REPLAY : RequestDecision.CONFLICT;
    assertThat(decision).isEqualTo(expected);
    requireEveryRow("request", decision.name(), "PROCESS", "REPLAY", "CONFLICT");
  }

  @Property(tries = 1000)
  void endingARoundSettlesOnlyOpenBetsAndOnlyOnce(
      @ForAll("rounds") Optional<Round> round, @ForAll("roundBets") List<Bet> roundBets) {
    boolean needsEnding = RoundRules.needsEnding(round);
    List<Bet> toSettle = RoundRules.betsToSettle(roundBets);

    assertThat(needsEnding).isEqualTo(round.isEmpty() || round.get().state() == RoundState.OPEN);
    assertThat(toSettle).allMatch(b -> b.state() == BetState.OPEN);
    assertThat(toSettle)
        .hasSize((int) roundBets.stream().filter(b -> b.state() == BetState.OPEN).count());
    // R1: once every bet is settled, ending again settles nothing.
    List<Bet> settled =
        roundBets.stream()
            .map(b -> toSettle.contains(b) ? b.withState(BetState.SETTLED, null) : b)
            .toList();
    assertThat(RoundRules.betsToSettle(settled)).isEmpty();
  }

  // ---- the state and commands -------------------------------------------------------------

  @Provide
  Arbitrary<PlayerId> players() {
    return Arbitraries.of(ALICE, BOB);
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("USD", "EUR");
  }

  /** Any balance: small ones near the stakes, and large ones. */
  Arbitrary<BigDecimal> balances() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, dec("100")).ofScale(2)),
        Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, dec("1E12")).ofScale(2)),
        Tuple.of(1, Arbitraries.of(dec("0"), dec("10.00"), dec("25.5"))));
  }

  /** Positive stakes, often one of a few values so that duplicates and conflicts both happen. */
  Arbitrary<BigDecimal> stakes() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(dec("10.00"), dec("10"), dec("25.50"))),
        Tuple.of(1, Arbitraries.bigDecimals().between(dec("0.01"), dec("1000")).ofScale(2)));
  }

  Arbitrary<BigDecimal> winAmounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(dec("0.00"), dec("5"), dec("5.00"))),
        Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, dec("1000")).ofScale(2)));
  }

  Arbitrary<RoundId> roundIds() {
    return Arbitraries.of(ROUND, OTHER_ROUND);
  }

  /** A key's row in any state; a void may or may not have recorded a currency. */
  Arbitrary<Bet> bets() {
    return Combinators.combine(
            players(),
            Arbitraries.of(BetState.class),
            currencies(),
            stakes(),
            roundIds(),
            Arbitraries.of(true, false))
        .as(
            (player, state, currency, stake, round, voidNamedCurrency) ->
                state == BetState.VOIDED
                    ? voidRow(player, voidNamedCurrency ? currency : null, round)
                    : Given.bookedBet(
                        Integration.KYREN, "b-1", player, currency, stake, round, state));
  }

  @Provide
  Arbitrary<Optional<Bet>> existingBets() {
    return bets().optional(0.5);
  }

  @Provide
  Arbitrary<List<Bet>> roundBets() {
    return bets().list().ofMaxSize(4);
  }

  /** Absent, or present with any balance, locked or not. */
  @Provide
  Arbitrary<Optional<Account>> accounts() {
    return Combinators.combine(players(), currencies(), balances(), Arbitraries.of(false, true))
        .as(Account::new)
        .optional(0.8);
  }

  @Provide
  Arbitrary<Optional<Round>> rounds() {
    return Arbitraries.of(RoundState.class)
        .map(state -> new Round(Integration.KYREN, ROUND, state))
        .optional(0.67);
  }

  @Provide
  Arbitrary<BetAttempt> betAttempts() {
    return Combinators.combine(players(), currencies(), stakes()).as(BetAttempt::new);
  }

  /** Kyren (no bet needed) and LuckyMonaco (bet needed) wins, with or without a bonus code. */
  @Provide
  Arbitrary<WinAttempt> winAttempts() {
    return Combinators.combine(
            players(),
            currencies(),
            winAmounts(),
            roundIds(),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(WinAttempt::new);
  }

  @Provide
  Arbitrary<Optional<Win>> existingWins() {
    return Combinators.combine(players(), currencies(), winAmounts(), roundIds())
        .as(
            (player, currency, amount, round) ->
                new Win(
                    Integration.KYREN,
                    new WinKey("w-1"),
                    player,
                    currency,
                    amount,
                    round,
                    new OperatorTransactionId("tx-w-1"),
                    T0))
        .optional(0.4);
  }

  /** Cancels naming a player, and (Kyren) maybe a currency. */
  @Provide
  Arbitrary<CancelAttempt> cancelAttempts() {
    return Combinators.combine(players(), currencies().optional(0.5)).as(CancelAttempt::new);
  }

  @Provide
  Arbitrary<EntryKind> transferKinds() {
    return Arbitraries.of(EntryKind.DEPOSIT, EntryKind.WITHDRAWAL);
  }

  @Provide
  Arbitrary<BigDecimal> transferAmounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(dec("20"), dec("20.00"), dec("0.00"))),
        Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, dec("200")).ofScale(2)));
  }

  @Provide
  Arbitrary<Optional<LedgerEntry>> existingTransfers() {
    return Combinators.combine(
            players(), currencies(), transferKinds(), transferAmounts(), balances())
        .as(
            (player, currency, kind, amount, after) ->
                Given.entry("ref-1", player, currency, kind, amount, after))
        .optional(0.5);
  }

  @Provide
  Arbitrary<Fingerprint> fingerprints() {
    return Arbitraries.of("1", "2", "3").map(v -> Fingerprint.of("bet", "amount", v));
  }

  @Provide
  Arbitrary<Optional<Fingerprint>> recordedFingerprints() {
    return fingerprints().optional(0.7);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Bet voidRow(PlayerId player, String currency, RoundId round) {
    return new Bet(
        Integration.KYREN,
        new BetKey("b-1"),
        player,
        currency,
        null,
        round,
        null,
        BetState.VOIDED,
        null,
        Given.CANCEL_TX,
        T0);
  }

  /** C1, C2, C5, C6 for a key that has a row, written from the rulebook. */
  private static CancelDecision expectedCancelOfExisting(
      CancelAttempt attempt, Bet bet, Optional<Account> betAccount) {
    if (!bet.player().equals(attempt.player())) {
      return new CancelDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
    }
    if (bet.currency() != null
        && attempt.currency().isPresent()
        && !attempt.currency().get().equals(bet.currency())) {
      return new CancelDecision.Refuse(Refusal.CURRENCY_MISMATCH);
    }
    if (bet.state().isVoidedOrCancelled()) {
      return new CancelDecision.AlreadyCancelled(bet);
    }
    if (bet.state() == BetState.SETTLED) {
      return new CancelDecision.Refuse(Refusal.BET_ALREADY_SETTLED);
    }
    return betAccount
        .<CancelDecision>map(a -> new CancelDecision.Refund(bet, a.balance().add(bet.stake())))
        .orElse(new CancelDecision.Refuse(Refusal.PLAYER_NOT_FOUND));
  }

  /** The decision's kind, or the refusal it names. */
  private static String describe(Object decision) {
    if (decision instanceof BetDecision.Refuse r) {
      return r.refusal().name();
    }
    if (decision instanceof WinDecision.Refuse r) {
      return r.refusal().name();
    }
    if (decision instanceof CancelDecision.Refuse r) {
      return r.refusal().name();
    }
    if (decision instanceof TransferDecision.Refuse r) {
      return r.refusal().name();
    }
    return decision.getClass().getSimpleName();
  }

  /** Counts the row reached and fails the property if any listed row was never reached. */
  private static void requireEveryRow(String table, String reached, String... rows) {
    assertThat(rows).contains(reached);
    Statistics.label(table).collect(reached);
    Statistics.label(table)
        .coverage(
            coverage -> {
              for (String row : rows) {
                coverage.check(row).count(n -> n > 0);
              }
            });
  }
}
