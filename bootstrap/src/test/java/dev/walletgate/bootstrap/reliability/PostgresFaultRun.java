package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.reliability.SimulatedPlayer.PlayerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated providers against one or more service instances on one PostgreSQL schema, with the
 * service's database sessions terminated at random ({@code pg_terminate_backend}) and a pool far
 * smaller than the number of players.
 */
final class PostgresFaultRun {
  private PostgresFaultRun() {}

  /**
   * @param terminateEveryMillis mean pause between terminations; 0 for none
   */
  static void run(
      String name,
      TestStorage storage,
      Path dataDir,
      int instances,
      int poolSize,
      int players,
      long callbacks,
      int terminateEveryMillis,
      long seed)
      throws Exception {
    List<WalletgateService> services = new ArrayList<>();
    AtomicInteger terminations = new AtomicInteger();
    AtomicInteger terminated = new AtomicInteger();
    ProviderRun providers;
    FeedConsumer consumer = FeedConsumer.forRun(storage);
    try {
      for (int i = 0; i < instances; i++) {
        services.add(InProcessService.start(storage, dataDir.resolve("instance-" + i), poolSize));
      }
      providers =
          new ProviderRun(
              players,
              InProcessService.uris(services),
              ServiceSecrets.DEFAULT,
              PlayerSettings.quick(),
              seed,
              KyrenPlayer.Strings.PLAIN);
      CompletableFuture<Void> play =
          CompletableFuture.runAsync(
              () -> {
                try {
                  providers.play(callbacks, Duration.ofMinutes(60));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Random random = new Random(seed);
      while (terminateEveryMillis > 0 && !play.isDone()) {
        Thread.sleep(random.nextInt(2 * terminateEveryMillis));
        terminated.addAndGet(storage.postgres.terminateConnections());
        terminations.incrementAndGet();
      }
      play.get(60, TimeUnit.MINUTES);
      providers.settleUp();
    } finally {
      for (WalletgateService service : services) {
        service.close();
      }
    }
    String faults =
        (terminateEveryMillis > 0
                ? terminations + " x pg_terminate_backend (" + terminated + " sessions), "
                : "")
            + "pool "
            + poolSize
            + " for "
            + players
            + " players"
            + (instances > 1 ? ", " + instances + " instances, each attempt to a random one" : "");
    try (consumer) {
      RunReport.check(name, storage, providers, faults);
      FeedAudit.check(name, storage, consumer.drain(), consumer.failedReads());
    }
  }
}
