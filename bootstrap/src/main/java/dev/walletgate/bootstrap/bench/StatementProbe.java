package dev.walletgate.bootstrap.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts what one callback of each kind sends to the database: a bet, a win, a cancel, and a replay
 * (the same bet sent again, answered from its request record), a few of each, one at a time,
 * through a driver over a {@link CountingDataSource}. Each bet opens a round of its own, as in the
 * mix; the bets a win, cancel or replay needs are sent uncounted.
 */
final class StatementProbe {
  /** Calls of each kind; the bets' once-a-second session write is spread over them. */
  static final int CALLS_PER_KIND = 20;

  private final CountingDataSource counted;
  private final BenchPlayer player;
  private final String prefix;
  private int sent;

  StatementProbe(CountingDataSource counted, BenchPlayer player, String prefix) {
    this.counted = counted;
    this.player = player;
    this.prefix = prefix;
  }

  /** Per kind (bet, win, cancel, replay), what one callback sent, on average. */
  Map<String, CallbackStatements> run(Driver driver) throws Exception {
    Map<String, CountingDataSource.Counts> totals = new LinkedHashMap<>();
    for (int i = 0; i < CALLS_PER_KIND; i++) {
      totals.merge("bet", count(driver, bet()), CountingDataSource.Counts::plus);
      Step won = bet();
      send(driver, won);
      totals.merge(
          "win",
          count(driver, next(Step.Kind.WIN, won, won.round() + "-w")),
          CountingDataSource.Counts::plus);
      Step cancelled = bet();
      send(driver, cancelled);
      totals.merge(
          "cancel",
          count(driver, next(Step.Kind.CANCEL, cancelled, cancelled.key())),
          CountingDataSource.Counts::plus);
      Step replayed = bet();
      send(driver, replayed);
      totals.merge(
          "replay", count(driver, replayed.asDuplicate()), CountingDataSource.Counts::plus);
    }
    Map<String, CallbackStatements> perCallback = new LinkedHashMap<>();
    totals.forEach(
        (kind, total) -> perCallback.put(kind, CallbackStatements.average(total, CALLS_PER_KIND)));
    return perCallback;
  }

  private Step bet() {
    String round = prefix + "-r" + (++sent);
    String bet = round + "-b";
    return new Step(Step.Kind.BET, prefix + "-q" + (++sent), player, round, bet, bet, false);
  }

  private Step next(Step.Kind kind, Step bet, String key) {
    return new Step(kind, prefix + "-q" + (++sent), player, bet.round(), key, bet.betKey(), false);
  }

  private CountingDataSource.Counts count(Driver driver, Step step) throws Exception {
    CountingDataSource.Counted<Boolean> call = counted.count(() -> driver.execute(step));
    if (!call.result()) {
      throw new IllegalStateException("the statement probe's " + step + " was not a success");
    }
    return call.counts();
  }

  private static void send(Driver driver, Step step) throws Exception {
    if (!driver.execute(step)) {
      throw new IllegalStateException("the statement probe's " + step + " was not a success");
    }
  }
}
