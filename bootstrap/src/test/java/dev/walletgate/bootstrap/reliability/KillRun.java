package dev.walletgate.bootstrap.reliability;

import dev.walletgate.application.port.out.WalletEvent;
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
    List<WalletEvent> events;
    long failedReads;
    try (FeedConsumer consumer = FeedConsumer.forRun(storage)) {
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
          long killedAt = System.nanoTime();
          service.kill();
          done++;
          service.start();
          System.out.printf(
              "%s: kill %d at %d callbacks, healthy again after %d ms%n",
              name,
              done,
              providers.book.callbacks.get(),
              (System.nanoTime() - killedAt) / 1_000_000);
        }
        play.get(60, TimeUnit.MINUTES);
        providers.settleUp();
      }
      events = consumer.drain();
      failedReads = consumer.failedReads();
    }
    if (done < kills) {
      throw new AssertionError(
          "the run ended after " + done + " of " + kills + " kills; raise the callbacks");
    }
    System.out.printf("%s: database files at the end: %d bytes%n", name, databaseBytes(dataDir));
    try {
      RunReport.check(name, storage, providers, done + " x SIGKILL + restart");
      FeedAudit.check(name, storage, events, failedReads);
    } catch (AssertionError e) {
      keepServiceLog(dataDir, name + "-" + storage.database + "-" + storage.adapter());
      throw e;
    }
  }

  /** Copies the service's log of a failed run out of the temporary directory, into target/. */
  private static void keepServiceLog(Path dataDir, String run) throws java.io.IOException {
    Path kept =
        Path.of("target", "reliability-logs", run.replaceAll("[^A-Za-z0-9-]", "_") + ".log");
    java.nio.file.Files.createDirectories(kept.getParent());
    java.nio.file.Files.copy(
        dataDir.resolve("service.log"), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println("service log of the failed run: " + kept.toAbsolutePath());
  }

  /** Size of the H2 database files in the data directory (0 on PostgreSQL). */
  static long databaseBytes(Path dataDir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dataDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".db"))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }
}
