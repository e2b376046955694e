package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.BOB;
import static dev.walletgate.domain.rules.Given.EUR;
import static dev.walletgate.domain.rules.Given.OTHER_ROUND;
import static dev.walletgate.domain.rules.Given.ROUND;
import static dev.walletgate.domain.rules.Given.T0;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.dec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.RequestRules.RequestDecision;
import dev.walletgate.domain.testing.Gen;
import dev.walletgate.domain.testing.Tries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decision tables are total: every generated combination of loaded state and command gets a
 * non-null decision without an exception, the decisions keep the money invariants, and every row of
 * each table (every decision and refusal) is reached.
 */
class DecisionTableProperties {

  @Test
  void betDecisionIsTotalAndNeverOverdrawsOrDebitsAVoidedKey() {
    Rows rows =
        new Rows(
            "bet",
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
    Tries.run(
        3000,
        g ->
            checkBet(
                rows,
                g.input(betAttempts(g)),
                g.input(existingBets(g)),
                g.input(g.bool()),
                g.input(accounts(g)),
                g.input(g.bool()),
                g.input(rounds(g))));
    rows.requireEveryRowReached();
  }

  @Test
  void winDecisionIsTotalAndCreditsOnlyLiveRounds() {
    Rows rows =
        new Rows(
            "win",
            "Credit",
            "Duplicate",
            "CONFLICTING_DUPLICATE",
            "PLAYER_NOT_FOUND",
            "CURRENCY_MISMATCH",
            "BET_VOIDED",
            "BET_NOT_FOUND");
    Tries.run(
        3000,
        g ->
            checkWin(
                rows,
                g.input(winAttempts(g)),
                g.input(existingWins(g)),
                g.input(roundBets(g)),
                g.input(accounts(g)),
                g.input(g.bool())));
    rows.requireEveryRowReached();
  }

  @Test
  void cancelDecisionIsTotalAndRefundsExactlyTheRecordedStakeOnce() {
    Rows rows =
        new Rows(
            "cancel",
            "VoidKey",
            "Refund",
            "AlreadyCancelled",
            "CONFLICTING_DUPLICATE",
            "CURRENCY_MISMATCH",
            "BET_ALREADY_SETTLED",
            "PLAYER_NOT_FOUND");
    Tries.run(
        3000,
        g ->
            checkCancel(
                rows, g.input(cancelAttempts(g)), g.input(existingBets(g)), g.input(accounts(g))));
    rows.requireEveryRowReached();
  }

  @Test
  void transferDecisionIsTotalAndNeverLeavesANegativeBalance() {
    Rows rows =
        new Rows(
            "transfer",
            "Book",
            "Duplicate",
            "CONFLICTING_DUPLICATE",
            "PLAYER_NOT_FOUND",
            "INSUFFICIENT_FUNDS");
    Tries.run(
        3000,
        g ->
            checkTransfer(
                rows,
                g.input(players(g)),
                g.input(transferKinds(g)),
                g.input(transferAmounts(g)),
                g.input(existingTransfers(g)),
                g.input(accounts(g))));
    rows.requireEveryRowReached();
  }

  @Test
  void requestDecisionIsTotalAndReplaysOnlyTheSameContent() {
    Rows rows = new Rows("request", "PROCESS", "REPLAY", "CONFLICT");
    Tries.run(
        1000, g -> checkRequest(rows, g.input(recordedFingerprints(g)), g.input(fingerprints(g))));
    rows.requireEveryRowReached();
  }

  @Test
  void endingARoundSettlesOnlyOpenBetsAndOnlyOnce() {
    Tries.run(1000, g -> checkRoundEnd(g.input(rounds(g)), g.input(roundBets(g))));
  }

  // ---- the checks, one try each -------------------------------------------------------------

  private static void checkBet(
      Rows rows,
      BetAttempt attempt,
      Optional<BetKeyHolder> existing,
      boolean sessionActive,
      Optional<Account> account,
      boolean playerKnown,
      Optional<Round> round) {
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
      Bet original = (Bet) existing.orElseThrow();
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
      Bet original = (Bet) existing.get();
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
    rows.reach(describe(decision));
  }

  private static void checkWin(
      Rows rows,
      WinAttempt attempt,
      Optional<Win> existing,
      List<BetKeyHolder> roundBets,
      Optional<Account> account,
      boolean playerKnown) {
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
    rows.reach(describe(decision));
  }

  private static void checkCancel(
      Rows rows,
      CancelAttempt attempt,
      Optional<BetKeyHolder> existing,
      Optional<Account> betAccount) {
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
      Bet bet = (Bet) existing.orElseThrow();
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
    rows.reach(describe(decision));
  }

  private static void checkTransfer(
      Rows rows,
      PlayerId player,
      EntryKind kind,
      BigDecimal amount,
      Optional<LedgerEntry> existing,
      Optional<Account> account) {
    Decision decision =
        TransferRules.book(
            new TransferCall(player, kind, amount, existing.map(LedgerEntry::key).orElse("ref")),
            existing,
            account,
            new Stamp(Instant.EPOCH, () -> new OperatorTransactionId("op")));

    assertThat(decision).isNotNull();
    if (decision instanceof Decision.Booked book) {
      // L2, M4, L1: a fresh reference moves exactly the amount and never goes below zero.
      assertThat(existing).isEmpty();
      BigDecimal after = book.account().orElseThrow().balance();
      assertThat(after.signum()).isNotNegative();
      BigDecimal signed = amount.multiply(BigDecimal.valueOf(kind.sign()));
      assertThat(after).isEqualByComparingTo(account.orElseThrow().balance().add(signed));
    }
    boolean bookable =
        existing.isEmpty()
            && account.isPresent()
            && (kind == EntryKind.DEPOSIT || account.get().balance().compareTo(amount) >= 0);
    assertThat(decision instanceof Decision.Booked).isEqualTo(bookable); // L2, M4
    if (decision instanceof Decision.Repeated duplicate) {
      LedgerEntry original = existing.orElseThrow();
      assertThat(duplicate.original()).isEqualTo(original.transaction());
      assertThat(original.kind()).isEqualTo(kind);
      assertThat(original.player()).isEqualTo(player);
      assertThat(original.amount().abs()).isEqualByComparingTo(amount);
    }
    rows.reach(describe(decision));
  }

  private static void checkRequest(
      Rows rows, Optional<Fingerprint> recorded, Fingerprint incoming) {
    RequestDecision decision = RequestRules.decide(recorded, incoming);

    RequestDecision expected =
        recorded.isEmpty()
            ? RequestDecision.PROCESS
            : recorded.get().equals(incoming) ? RequestDecision.REPLAY : RequestDecision.CONFLICT;
    assertThat(decision).isEqualTo(expected);
    rows.reach(decision.name());
  }

  private static void checkRoundEnd(Optional<Round> round, List<BetKeyHolder> roundBets) {
    boolean needsEnding = RoundRules.needsEnding(round);
    List<Bet> toSettle = RoundRules.betsToSettle(roundBets);

    assertThat(needsEnding).isEqualTo(round.isEmpty() || round.get().state() == RoundState.OPEN);
    assertThat(toSettle).allMatch(b -> b.state() == BetState.OPEN);
    assertThat(toSettle)
        .hasSize((int) roundBets.stream().filter(b -> b.state() == BetState.OPEN).count());
    // R1: once every bet is settled, ending again settles nothing.
    List<BetKeyHolder> settled =
        roundBets.stream().map(b -> toSettle.contains(b) ? ((Bet) b).settled() : b).toList();
    assertThat(RoundRules.betsToSettle(settled)).isEmpty();
  }

  // ---- the state and commands -------------------------------------------------------------

  private static PlayerId players(Gen g) {
    return g.of(ALICE, BOB);
  }

  private static CurrencyCode currencies(Gen g) {
    return g.of(USD, EUR);
  }

  /** Any balance: small ones near the stakes, and large ones. */
  private static BigDecimal balances(Gen g) {
    return switch (g.weighted(3, 1, 1)) {
      case 0 -> g.between(BigDecimal.ZERO, dec("100"), 2);
      case 1 -> g.between(BigDecimal.ZERO, dec("1E12"), 2);
      default -> g.of(dec("0"), dec("10.00"), dec("25.5"));
    };
  }

  /** Positive stakes, often one of a few values so that duplicates and conflicts both happen. */
  private static BigDecimal stakes(Gen g) {
    return g.weighted(2, 1) == 0
        ? g.of(dec("10.00"), dec("10"), dec("25.50"))
        : g.between(dec("0.01"), dec("1000"), 2);
  }

  private static BigDecimal winAmounts(Gen g) {
    return g.weighted(2, 1) == 0
        ? g.of(dec("0.00"), dec("5"), dec("5.00"))
        : g.between(BigDecimal.ZERO, dec("1000"), 2);
  }

  private static RoundId roundIds(Gen g) {
    return g.of(ROUND, OTHER_ROUND);
  }

  /** A key's row in any state; a void may or may not have recorded a currency. */
  private static BetKeyHolder bets(Gen g) {
    PlayerId player = players(g);
    BetState state = g.of(BetState.class);
    CurrencyCode currency = currencies(g);
    BigDecimal stake = stakes(g);
    RoundId round = roundIds(g);
    boolean voidNamedCurrency = g.bool();
    return state == BetState.VOIDED
        ? voidRow(player, voidNamedCurrency ? currency : null, round)
        : Given.bookedBet(Integration.KYREN, "b-1", player, currency, stake, round, state);
  }

  private static Optional<BetKeyHolder> existingBets(Gen g) {
    return g.optional(0.5, () -> bets(g));
  }

  private static List<BetKeyHolder> roundBets(Gen g) {
    return g.list(4, () -> bets(g));
  }

  /** Absent, or present with any balance, locked or not. */
  private static Optional<Account> accounts(Gen g) {
    return g.optional(
        0.8, () -> new Account(players(g), currencies(g), balances(g), g.of(false, true)));
  }

  private static Optional<Round> rounds(Gen g) {
    return g.optional(0.67, () -> new Round(Integration.KYREN, ROUND, g.of(RoundState.class)));
  }

  private static BetAttempt betAttempts(Gen g) {
    return new BetAttempt(players(g), currencies(g), stakes(g));
  }

  /** Kyren (no bet needed) and LuckyMonaco (bet needed) wins, with or without a bonus code. */
  private static WinAttempt winAttempts(Gen g) {
    return new WinAttempt(
        players(g),
        currencies(g),
        winAmounts(g),
        roundIds(g),
        g.of(false, true),
        g.of(false, true));
  }

  private static Optional<Win> existingWins(Gen g) {
    return g.optional(
        0.4,
        () ->
            new Win(
                Integration.KYREN,
                new WinKey("w-1"),
                players(g),
                currencies(g),
                winAmounts(g),
                roundIds(g),
                new OperatorTransactionId("tx-w-1"),
                T0));
  }

  /** Cancels naming a player, and (Kyren) maybe a currency. */
  private static CancelAttempt cancelAttempts(Gen g) {
    return new CancelAttempt(players(g), g.optional(0.5, () -> currencies(g)));
  }

  private static EntryKind transferKinds(Gen g) {
    return g.of(EntryKind.DEPOSIT, EntryKind.WITHDRAWAL);
  }

  private static BigDecimal transferAmounts(Gen g) {
    return g.weighted(2, 1) == 0
        ? g.of(dec("20"), dec("20.00"), dec("0.00"))
        : g.between(BigDecimal.ZERO, dec("200"), 2);
  }

  private static Optional<LedgerEntry> existingTransfers(Gen g) {
    return g.optional(
        0.5,
        () ->
            Given.entry(
                "ref-1",
                players(g),
                currencies(g),
                transferKinds(g),
                transferAmounts(g),
                balances(g)));
  }

  private static Fingerprint fingerprints(Gen g) {
    return Fingerprint.of("bet", "amount", g.of("1", "2", "3"));
  }

  private static Optional<Fingerprint> recordedFingerprints(Gen g) {
    return g.optional(0.7, () -> fingerprints(g));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static VoidedKey voidRow(PlayerId player, CurrencyCode currency, RoundId round) {
    return new VoidedKey(
        Integration.KYREN, new BetKey("b-1"), player, currency, round, null, Given.CANCEL_TX, T0);
  }

  /** C1, C2, C5, C6 for a key that has a row, written from the rulebook. */
  private static CancelDecision expectedCancelOfExisting(
      CancelAttempt attempt, BetKeyHolder holder, Optional<Account> betAccount) {
    if (!holder.player().equals(attempt.player())) {
      return new CancelDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
    }
    if (holder.currency() != null
        && attempt.currency().isPresent()
        && !attempt.currency().get().equals(holder.currency())) {
      return new CancelDecision.Refuse(Refusal.CURRENCY_MISMATCH);
    }
    if (holder.state().isVoidedOrCancelled()) {
      return new CancelDecision.AlreadyCancelled(holder);
    }
    Bet bet = (Bet) holder;
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
    if (decision instanceof Decision.Refused r) {
      return r.refusal().name();
    }
    // The transfer rows keep the names of the table: a booking, or a duplicate of the original.
    if (decision instanceof Decision.Booked) {
      return "Book";
    }
    if (decision instanceof Decision.Repeated) {
      return "Duplicate";
    }
    return decision.getClass().getSimpleName();
  }

  /** The rows of one table the tries reached; every listed row must be reached at least once. */
  private static final class Rows {
    private final String table;
    private final List<String> rows;
    private final Set<String> reached = new HashSet<>();

    Rows(String table, String... rows) {
      this.table = table;
      this.rows = List.of(rows);
    }

    void reach(String row) {
      assertThat(rows).contains(row);
      reached.add(row);
    }

    void requireEveryRowReached() {
      assertThat(reached).as("rows of the %s table reached", table).containsAll(rows);
    }
  }
}
