package dev.walletgate.bootstrap.reliability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated providers believe happened: each bet key and win key with its last known
 * state, the platform deposits, and every final answer per request id so that a retransmission can
 * be compared with the original. Thread-safe; one book is shared by all players of a run.
 */
final class ProviderBook {
  /** A bet key as the provider sees it. */
  enum BetState {
    /** The bet was answered success and not cancelled. */
    PLACED,
    /** The provider's cancel was answered success (refunded, or the key voided). */
    CANCELLED,
    /** The bet was refused (insufficient funds, voided key); the provider never cancelled it. */
    REFUSED,
    /** No answer came for the bet nor for a cancel of it. */
    UNCERTAIN
  }

  /** A win key as the provider sees it. */
  enum WinState {
    PAID,
    REFUSED,
    UNCERTAIN
  }

  record BetBelief(
      String integration, String player, String key, BigDecimal stake, BetState state) {}

  record WinBelief(
      String integration, String player, String key, BigDecimal amount, WinState state) {}

  private final Map<String, BetBelief> bets = new ConcurrentHashMap<>();
  private final Map<String, WinBelief> wins = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> deposits = new ConcurrentHashMap<>();
  private final Map<String, String> firstOutcomeByRequest = new ConcurrentHashMap<>();
  private final Map<String, String> firstOutcomeBySubject = new ConcurrentHashMap<>();
  private final List<String> retransmissionMismatches = new ArrayList<>();
  private final Queue<String> answeredMovements = new ConcurrentLinkedQueue<>();

  final AtomicLong callbacks = new AtomicLong();
  final AtomicLong finalAnswers = new AtomicLong();
  final AtomicLong retransmissions = new AtomicLong();
  final AtomicLong duplicatesWithNewId = new AtomicLong();
  final AtomicLong unanswered = new AtomicLong();
  final AtomicLong transientAnswers = new AtomicLong();
  final AtomicLong unexpectedFailures = new AtomicLong();
  final AtomicLong outOfOrder = new AtomicLong();
  final AtomicLong settleUps = new AtomicLong();

  void bet(String integration, String player, String key, BigDecimal stake, BetState state) {
    bets.put(integration + "|" + key, new BetBelief(integration, player, key, stake, state));
  }

  BetState betState(String integration, String key) {
    BetBelief belief = bets.get(integration + "|" + key);
    return belief == null ? null : belief.state();
  }

  void win(String integration, String player, String key, BigDecimal amount, WinState state) {
    wins.put(integration + "|" + key, new WinBelief(integration, player, key, amount, state));
  }

  void deposit(String player, String reference, BigDecimal amount) {
    deposits.put(player + "|" + reference, amount);
  }

  Collection<BetBelief> bets() {
    return bets.values();
  }

  Collection<WinBelief> wins() {
    return wins.values();
  }

  Map<String, BigDecimal> deposits() {
    return deposits;
  }

  /**
   * Records a final answer to a request id; a later final answer to the same id (a retransmission)
   * must carry the same outcome.
   */
  void answer(String integration, String requestId, String outcome) {
    compare(firstOutcomeByRequest, integration + "|request|" + requestId, outcome);
  }

  /** A duplicate with a new request id must have the same effect as the original (B2, C2, W2). */
  void sameSubject(String integration, String subject, String outcome) {
    compare(firstOutcomeBySubject, integration + "|subject|" + subject, outcome);
  }

  private void compare(Map<String, String> firsts, String id, String outcome) {
    String first = firsts.putIfAbsent(id, outcome);
    if (first != null && !first.equals(outcome)) {
      synchronized (retransmissionMismatches) {
        retransmissionMismatches.add(id + ": first " + first + ", then " + outcome);
      }
    }
  }

  /**
   * Notes, the moment its answer arrives, a movement answered success (as the ledger names it, e.g.
   * {@code BET|kyren|key}); the beliefs above are updated only after the call's duplicates.
   */
  void answeredSuccess(String movement) {
    answeredMovements.add(movement);
  }

  /** The movements answered success so far, in the order the answers came. */
  List<String> answeredMovements() {
    return List.copyOf(answeredMovements);
  }

  List<String> retransmissionMismatches() {
    synchronized (retransmissionMismatches) {
      return List.copyOf(retransmissionMismatches);
    }
  }

  /** The bets and wins whose outcome the provider never learned, for the failure message. */
  List<Object> uncertainItems() {
    List<Object> items = new java.util.ArrayList<>();
    bets.values().stream().filter(b -> b.state() == BetState.UNCERTAIN).forEach(items::add);
    wins.values().stream().filter(w -> w.state() == WinState.UNCERTAIN).forEach(items::add);
    return items;
  }

  long uncertain() {
    return bets.values().stream().filter(b -> b.state() == BetState.UNCERTAIN).count()
        + wins.values().stream().filter(w -> w.state() == WinState.UNCERTAIN).count();
  }
}
