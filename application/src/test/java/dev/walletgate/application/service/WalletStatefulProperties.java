package dev.walletgate.application.service;

import static dev.walletgate.domain.model.Integration.KYREN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.LedgerRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of bets, wins, end-rounds, cancels, refunds, duplicates (same and new request
 * id) and reorderings (a cancel before its bet, from a small pool of keys) for several players, on
 * the services over the in-memory stores. After every step: L1 and M4 for every account, no voided
 * key ever debited (B6, C3), each bet refunded at most once (C2), and every replay identical to the
 * original outcome (I2).
 */
class WalletStatefulProperties {
  private static final int PLAYERS = 3;
  private static final int KEYS = 6;
  private static final int ROUNDS = 3;

  /** The system under test plus what the provider sent and was answered. */
  static final class Model {
    final TestWallet wallet = TestWallet.inMemory();
    final List<String> players = new ArrayList<>();
    final List<SessionId> sessions = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();

    Model() {
      for (int i = 0; i < PLAYERS; i++) {
        String player = "p" + i;
        wallet.account(player, "USD", "50");
        players.add(player);
        sessions.add(wallet.openSession(player, "USD"));
      }
    }

    CallbackResult send(Supplier<CallbackResult> call) {
      CallbackResult result = call.get();
      sent.add(new Sent(call, result));
      return result;
    }

    @Override
    public String toString() {
      return "Model[" + sent.size() + " requests]";
    }
  }

  /** One request as sent, and its first answer: resending it must replay that answer. */
  record Sent(Supplier<CallbackResult> call, CallbackResult firstAnswer) {}

  @Property(tries = 1000)
  void everyStepKeepsTheLedgerBalancedAndEveryKeyBookedAtMostOnce(
      @ForAll("sequences") ActionChain<Model> chain) {
    chain
        .withInvariant("L1, M4", WalletStatefulProperties::ledgersBalance)
        .withInvariant("B6, C3, C2", WalletStatefulProperties::keysBookedAtMostOnce)
        .run();
  }

  @Provide
  Arbitrary<ActionChain<Model>> sequences() {
    return ActionChain.<Model>startWith(Model::new)
        .withAction(4, new PlaceBet())
        .withAction(2, new SettleWin())
        .withAction(3, new Cancel())
        .withAction(1, new Refund())
        .withAction(1, new EndRound())
        .withAction(2, new Replay())
        .withMaxTransformations(30);
  }

  private static void ledgersBalance(Model model) {
    for (String player : model.players) {
      BigDecimal balance = model.wallet.balance(player, "USD");
      List<LedgerEntry> entries = model.wallet.ledger(player, "USD");
      assertThat(balance.signum()).as("M4 balance of %s", player).isGreaterThanOrEqualTo(0);
      assertThat(LedgerRules.holds(BigDecimal.ZERO, entries, balance))
          .as("L1 for %s: %s vs %s", player, balance, entries)
          .isTrue();
    }
  }

  private static void keysBookedAtMostOnce(Model model) {
    List<LedgerEntry> all = new ArrayList<>();
    model.players.forEach(p -> all.addAll(model.wallet.ledger(p, "USD")));
    for (int k = 0; k < KEYS; k++) {
      String key = "k" + k;
      Map<EntryKind, Long> kinds =
          all.stream()
              .filter(e -> key.equals(e.key()))
              .collect(Collectors.groupingBy(LedgerEntry::kind, Collectors.counting()));
      long debits = kinds.getOrDefault(EntryKind.BET, 0L);
      long refunds = kinds.getOrDefault(EntryKind.REFUND, 0L);
      Optional<Bet> row = model.wallet.bet(KYREN, key);
      assertThat(debits).as("debits of %s", key).isLessThanOrEqualTo(1);
      assertThat(refunds).as("refunds of %s", key).isLessThanOrEqualTo(debits);
      if (row.map(b -> b.state() == BetState.VOIDED).orElse(false)) {
        assertThat(debits).as("voided key %s was debited", key).isZero();
      }
      if (row.map(b -> b.state() == BetState.CANCELLED).orElse(false)) {
        assertThat(refunds).as("cancelled key %s refunds", key).isEqualTo(1);
      }
    }
  }

  private static Arbitrary<Integer> player() {
    return Arbitraries.integers().between(0, PLAYERS - 1);
  }

  private static Arbitrary<String> key() {
    return Arbitraries.integers().between(0, KEYS - 1).map(i -> "k" + i);
  }

  private static Arbitrary<String> round() {
    return Arbitraries.integers().between(0, ROUNDS - 1).map(i -> "r" + i);
  }

  private static Arbitrary<BigDecimal> amount() {
    return Arbitraries.integers().between(0, 2500).map(cents -> BigDecimal.valueOf(cents, 2));
  }

  private static RequestId newRequestId(Model model) {
    return new RequestId(model.wallet.nextId());
  }

  static final class PlaceBet implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(player(), round(), key(), amount())
          .as(
              (p, round, key, amount) ->
                  Transformer.mutate(
                      "bet p" + p + " " + round + " " + key + " " + amount,
                      model -> {
                        PlaceBetCommand command =
                            new PlaceBetCommand(
                                KYREN,
                                newRequestId(model),
                                new PlayerId(model.players.get(p)),
                                model.sessions.get(p),
                                new RoundId(round),
                                new BetKey(key),
                                amount,
                                "USD");
                        model.send(() -> model.wallet.services().bets().placeBet(command));
                      }));
    }
  }

  static final class SettleWin implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(player(), round(), amount())
          .as(
              (p, round, amount) ->
                  Transformer.mutate(
                      "win p" + p + " " + round + " " + amount,
                      model -> {
                        SettleWinCommand command =
                            new SettleWinCommand(
                                KYREN,
                                newRequestId(model),
                                new PlayerId(model.players.get(p)),
                                Optional.empty(),
                                new RoundId(round),
                                new WinKey("w-" + model.wallet.nextId()),
                                amount,
                                "USD",
                                false,
                                false,
                                Optional.empty());
                        model.send(() -> model.wallet.services().wins().settleWin(command));
                      }));
    }
  }

  static final class Cancel implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(player(), key())
          .as(
              (p, key) ->
                  Transformer.mutate(
                      "cancel p" + p + " " + key,
                      model -> {
                        CancelBetCommand command =
                            new CancelBetCommand(
                                KYREN,
                                newRequestId(model),
                                new PlayerId(model.players.get(p)),
                                Optional.of(model.sessions.get(p)),
                                Optional.empty(),
                                new BetKey(key),
                                Optional.of("USD"));
                        model.send(() -> model.wallet.services().cancels().cancelBet(command));
                      }));
    }
  }

  static final class Refund implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(player(), round(), key())
          .as(
              (p, round, key) ->
                  Transformer.mutate(
                      "refund p" + p + " " + key,
                      model -> {
                        RefundBetCommand command =
                            new RefundBetCommand(
                                KYREN,
                                newRequestId(model),
                                new PlayerId(model.players.get(p)),
                                new RoundId(round),
                                new BetKey(key),
                                "USD");
                        model.send(() -> model.wallet.services().cancels().refundBet(command));
                      }));
    }
  }

  static final class EndRound implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(player(), round())
          .as(
              (p, round) ->
                  Transformer.mutate(
                      "endRound p" + p + " " + round,
                      model -> {
                        EndRoundCommand command =
                            new EndRoundCommand(
                                KYREN,
                                newRequestId(model),
                                new PlayerId(model.players.get(p)),
                                Optional.empty(),
                                new RoundId(round),
                                "USD");
                        model.send(() -> model.wallet.services().rounds().endRound(command));
                      }));
    }
  }

  /** Resends an earlier request under its own request id: a provider's retransmission (I2). */
  static final class Replay implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers()
          .between(0, Integer.MAX_VALUE)
          .map(
              pick ->
                  Transformer.mutate(
                      "replay #" + pick,
                      model -> {
                        if (model.sent.isEmpty()) {
                          return;
                        }
                        Sent earlier = model.sent.get(pick % model.sent.size());
                        CallbackResult again = earlier.call().get();
                        // A malformed request (a zero stake) is never recorded (I1), so it is
                        // answered afresh, with the same refusal.
                        boolean recorded =
                            !earlier
                                .firstAnswer()
                                .outcome()
                                .equals(Outcome.refused(Refusal.INVALID_AMOUNT));
                        assertThat(again.replayed()).as("I2 replay flag").isEqualTo(recorded);
                        assertThat(again.outcome())
                            .as("I2 replayed outcome")
                            .isEqualTo(earlier.firstAnswer().outcome());
                      }));
    }
  }
}
