package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.reliability.SimulatedPlayer.PlayerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Simulated providers against the service in its own JVM, which is killed with SIGKILL at random
 * moments and started again on the same data while the providers keep retrying.
 */
final class KillRun {
  private KillRun() {}

  /** Plays, kills {@code kills} times, settles up, stops the service and checks the run. */
  static void run(
      String name,
      TestStorage storage,
      Path dataDir,
      int players,
      long callbacks,
      int kills,
      long seed)
      throws Exception {
    ServiceSecrets secrets = ServiceSecrets.DEFAULT;
    Random random = new Random(seed);
    ProviderRun providers;
    int done = 0;
    try (ServiceProcess service =
        new ServiceProcess(storage.flags(dataDir, secrets, 10), dataDir.resolve("service.log"))) {
      service.start();
      providers =
          new ProviderRun(
              players,
              List.of(service.baseUri()),
              secrets,
              PlayerSettings.patient(),
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
      // Kill points at random callback counts, so that the kills land inside the run whatever
      // its speed; the exact moment within a callback is random too.
      long[] points = new long[kills];
      for (int i = 0; i < kills; i++) {
        points[i] = callbacks / 20 + (long) (random.nextDouble() * callbacks * 0.85);
      }
      java.util.Arrays.sort(points);
      while (done < kills && !play.isDone()) {
        if (providers.book.callbacks.get() < points[done]) {
          Thread.sleep(2);
          continue;
        }
        Thread.sleep(random.nextInt(40));
        service.kill();
        done++;
        service.start();
      }
      play.get(60, TimeUnit.MINUTES);
      providers.settleUp();
    }
    if (done < kills) {
      throw new AssertionError(
          "the run ended after " + done + " of " + kills + " kills; raise the callbacks");
    }
    RunReport.check(name, storage, providers, done + " x SIGKILL + restart");
  }
}
