package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.reliability.SimulatedPlayer.PlayerSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Simulated Kyren and LuckyMonaco players (alternating) playing concurrently against the service
 * until a number of callbacks has been sent, then resending what is still unanswered.
 */
final class ProviderRun {
  static final BigDecimal DEPOSIT = new BigDecimal("1000000.00");

  private final List<SimulatedPlayer> players = new ArrayList<>();
  final ProviderBook book = new ProviderBook();

  ProviderRun(
      int playerCount,
      List<URI> instances,
      ServiceSecrets secrets,
      PlayerSettings settings,
      long seed,
      KyrenPlayer.Strings strings) {
    OperatorSetup operator = new OperatorSetup(instances.get(0), secrets.operatorKey());
    for (int i = 0; i < playerCount; i++) {
      String player = strings.playerId(i);
      String session = "sess-" + player;
      operator.fundedPlayer(player, session, DEPOSIT, book);
      ProviderTransport transport = new ProviderTransport(instances);
      players.add(
          i % 2 == 0
              ? new KyrenPlayer(
                  player,
                  session,
                  transport,
                  book,
                  seed + i,
                  settings,
                  secrets.kyrenBasePath(),
                  strings)
              : new LuckyMonacoPlayer(
                  player,
                  session,
                  transport,
                  book,
                  seed + i,
                  settings,
                  secrets.luckyMonacoToken(),
                  strings));
    }
  }

  /** Plays until {@code callbacks} have been sent in all, then settles up; fails past the limit. */
  void play(long callbacks, Duration limit) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(players.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (SimulatedPlayer player : players) {
        running.add(
            threads.submit(
                () -> {
                  while (book.callbacks.get() < callbacks
                      && !Thread.currentThread().isInterrupted()) {
                    player.playRound();
                  }
                  return null;
                }));
      }
      long deadline = System.nanoTime() + limit.toNanos();
      for (Future<?> f : running) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException("the run did not finish within " + limit);
        }
        f.get(left, TimeUnit.NANOSECONDS);
      }
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  /** Resends every call whose outcome the providers still do not know (service must be up). */
  void settleUp() {
    for (SimulatedPlayer player : players) {
      player.settleUp();
    }
  }

  List<String> playerIds() {
    return players.stream().map(p -> p.player).toList();
  }
}
