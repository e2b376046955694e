package dev.walletgate.bootstrap.bench;

import dev.walletgate.domain.money.CurrencyCode;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The realistic request mix of one client thread, as rounds of its own players: bet then win then
 * end-round (60%), bet then end-round (20%), bet then cancel then end-round (10%), bet then refund
 * then end-round (10%); and 10% of all requests are exact duplicates of the request before.
 */
final class Mix {
  /** The currency as the wire and the columns write it. */
  static final String CURRENCY = "USD";

  static final CurrencyCode CODE = new CurrencyCode(CURRENCY);
  static final String STAKE = "1.00";
  static final String WIN = "2.00";
  private static final double DUPLICATES = 0.10;

  private final String prefix;
  private final List<BenchPlayer> players;
  private final SplittableRandom random;
  private final ArrayDeque<Step> next = new ArrayDeque<>();
  private Step previous;
  private long counter;
  private int playerIndex;

  Mix(String prefix, List<BenchPlayer> players, long seed) {
    this.prefix = prefix;
    this.players = List.copyOf(players);
    this.random = new SplittableRandom(seed);
  }

  Step next() {
    if (previous != null && !previous.duplicate() && random.nextDouble() < DUPLICATES) {
      previous = previous.asDuplicate();
      return previous;
    }
    if (next.isEmpty()) {
      planRound();
    }
    previous = next.poll();
    return previous;
  }

  private void planRound() {
    BenchPlayer player = players.get(playerIndex++ % players.size());
    String round = prefix + "-r" + (++counter);
    String bet = round + "-b";
    next.add(step(Step.Kind.BET, player, round, bet, bet));
    double pick = random.nextDouble();
    if (pick < 0.6) {
      next.add(step(Step.Kind.WIN, player, round, round + "-w", bet));
    } else if (pick < 0.8) {
      // a lost round: nothing between the bet and the end
    } else if (pick < 0.9) {
      next.add(step(Step.Kind.CANCEL, player, round, bet, bet));
    } else {
      next.add(step(Step.Kind.REFUND, player, round, bet, bet));
    }
    next.add(step(Step.Kind.END_ROUND, player, round, round, bet));
  }

  private Step step(Step.Kind kind, BenchPlayer player, String round, String key, String bet) {
    String requestId = prefix + "-q" + (++counter);
    return new Step(kind, requestId, player, round, key, bet, false);
  }
}
