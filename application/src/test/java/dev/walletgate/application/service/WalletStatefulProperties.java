package dev.walletgate.application.service;

import static dev.walletgate.application.contract.StoreFixtures.USD;
import static dev.walletgate.domain.model.Integration.KYREN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
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
import dev.walletgate.domain.testing.Gen;
import dev.walletgate.domain.testing.Tries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
  private static final int STEPS = 30;

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
  }

  /** One request as sent, and its first answer: resending it must replay that answer. */
  record Sent(Supplier<CallbackResult> call, CallbackResult firstAnswer) {}

  /** One step of a sequence: a request to the wallet, described for the failure report. */
  record Step(String description, Consumer<Model> apply) {}

  @Test
  void everyStepKeepsTheLedgerBalancedAndEveryKeyBookedAtMostOnce() {
    Tries.run(1000, WalletStatefulProperties::runSequence);
  }

  /** One sequence of steps on a fresh wallet, with the invariants checked after every step. */
  private static void runSequence(Gen g) {
    Model model = new Model();
    // Always the full length: the invariants are checked after every step, so every shorter
    // sequence is checked too, as a prefix of a longer one.
    for (int i = 0; i < STEPS; i++) {
      Step step = nextStep(g);
      g.input(step.description());
      step.apply().accept(model);
      ledgersBalance(model); // L1, M4
      keysBookedAtMostOnce(model); // B6, C3, C2
    }
  }

  /** The next request: bets most often, then cancels, wins and replays. */
  private static Step nextStep(Gen g) {
    return switch (g.weighted(4, 2, 3, 1, 1, 2)) {
      case 0 -> placeBet(g);
      case 1 -> settleWin(g);
      case 2 -> cancel(g);
      case 3 -> refund(g);
      case 4 -> endRound(g);
      default -> replay(g);
    };
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
      Optional<BetKeyHolder> row = model.wallet.bet(KYREN, key);
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

  private static int player(Gen g) {
    return g.between(0, PLAYERS - 1);
  }

  private static String key(Gen g) {
    return "k" + g.between(0, KEYS - 1);
  }

  private static String round(Gen g) {
    return "r" + g.between(0, ROUNDS - 1);
  }

  private static BigDecimal amount(Gen g) {
    return BigDecimal.valueOf(g.between(0, 2500), 2);
  }

  private static RequestId newRequestId(Model model) {
    return new RequestId(model.wallet.nextId());
  }

  private static Step placeBet(Gen g) {
    int p = player(g);
    String round = round(g);
    String key = key(g);
    BigDecimal amount = amount(g);
    return new Step(
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
                  USD);
          model.send(() -> model.wallet.services().bets().placeBet(command));
        });
  }

  private static Step settleWin(Gen g) {
    int p = player(g);
    String round = round(g);
    BigDecimal amount = amount(g);
    return new Step(
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
                  USD,
                  false,
                  false,
                  Optional.empty());
          model.send(() -> model.wallet.services().wins().settleWin(command));
        });
  }

  private static Step cancel(Gen g) {
    int p = player(g);
    String key = key(g);
    return new Step(
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
                  Optional.of(USD));
          model.send(() -> model.wallet.services().cancels().cancelBet(command));
        });
  }

  private static Step refund(Gen g) {
    int p = player(g);
    String round = round(g);
    String key = key(g);
    return new Step(
        "refund p" + p + " " + key,
        model -> {
          RefundBetCommand command =
              new RefundBetCommand(
                  KYREN,
                  newRequestId(model),
                  new PlayerId(model.players.get(p)),
                  new RoundId(round),
                  new BetKey(key),
                  USD);
          model.send(() -> model.wallet.services().cancels().refundBet(command));
        });
  }

  private static Step endRound(Gen g) {
    int p = player(g);
    String round = round(g);
    return new Step(
        "endRound p" + p + " " + round,
        model -> {
          EndRoundCommand command =
              new EndRoundCommand(
                  KYREN,
                  newRequestId(model),
                  new PlayerId(model.players.get(p)),
                  Optional.empty(),
                  new RoundId(round),
                  USD);
          model.send(() -> model.wallet.services().rounds().endRound(command));
        });
  }

  /** Resends an earlier request under its own request id: a provider's retransmission (I2). */
  private static Step replay(Gen g) {
    int pick = g.between(0, Integer.MAX_VALUE);
    return new Step(
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
              !earlier.firstAnswer().outcome().equals(Outcome.refused(Refusal.INVALID_AMOUNT));
          assertThat(again.replayed()).as("I2 replay flag").isEqualTo(recorded);
          assertThat(again.outcome())
              .as("I2 replayed outcome")
              .isEqualTo(earlier.firstAnswer().outcome());
        });
  }
}
