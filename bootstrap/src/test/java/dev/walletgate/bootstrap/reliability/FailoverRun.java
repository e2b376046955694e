package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.reliability.ReplicatedPostgres.Replication;
import dev.walletgate.bootstrap.reliability.SimulatedPlayer.PlayerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Simulated providers against service instances on a PostgreSQL primary with a streaming standby
 * (multi-host URL, targetServerType=primary); mid-run the primary is killed with SIGKILL and the
 * standby promoted, and the providers carry on against it (with several failovers, a new standby is
 * built in the dead primary's place before the next one). Before each promotion the movements
 * answered success so far are looked up on the standby; at the end the ledger is audited.
 */
final class FailoverRun {
  /**
   * The pause between the crash and the promotion, as a failure detector takes: answers that were
   * on the wire when the primary died reach the book before it is read.
   */
  private static final Duration DETECTION = Duration.ofSeconds(1);

  /** The size of a run. */
  record Plan(int instances, int poolSize, int players, long callbacks, int failovers, long seed) {}

  /** What a run found. */
  record Outcome(
      long callbacks,
      int failovers,
      List<String> lost,
      List<String> discrepancies,
      long uncertain,
      long longestOutageMillis) {
    List<String> l1Failures() {
      return discrepancies.stream().filter(d -> d.startsWith("L1")).toList();
    }
  }

  private FailoverRun() {}

  static Outcome run(
      String name,
      Replication replication,
      Duration linkDelay,
      Persistence persistence,
      Path dataDir,
      Plan plan)
      throws Exception {
    long started = System.nanoTime();
    try (ReplicatedPostgres postgres = ReplicatedPostgres.start(replication, linkDelay)) {
      System.out.printf("%s: primary and standby ready after %d ms%n", name, millisSince(started));
      try {
        return run(name, postgres, persistence, dataDir, plan);
      } catch (Exception | Error e) {
        System.out.println(name + " failed; the servers' logs:\n" + postgres.logs());
        throw e;
      }
    }
  }

  private static Outcome run(
      String name, ReplicatedPostgres postgres, Persistence persistence, Path dataDir, Plan plan)
      throws Exception {
    TestStorage storage = TestStorage.at(postgres.description(), persistence, postgres.url());
    List<WalletgateService> services = new ArrayList<>();
    ProviderRun providers;
    List<String> lost = new ArrayList<>();
    long longestOutage = 0;
    int done = 0;
    try {
      for (int i = 0; i < plan.instances(); i++) {
        services.add(
            InProcessService.start(storage, dataDir.resolve("instance-" + i), plan.poolSize()));
      }
      providers =
          new ProviderRun(
              plan.players(),
              InProcessService.uris(services),
              ServiceSecrets.DEFAULT,
              PlayerSettings.patient(),
              plan.seed(),
              KyrenPlayer.Strings.PLAIN);
      ProviderBook book = providers.book;
      CompletableFuture<Void> play =
          CompletableFuture.runAsync(
              () -> {
                try {
                  providers.play(plan.callbacks(), Duration.ofMinutes(60));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      while (done < plan.failovers()) {
        // Evenly spread over the run; a point passed while a standby was being built comes at once.
        long crashAt = plan.callbacks() * (done + 1) * 2 / (2L * plan.failovers() + 1);
        while (book.callbacks.get() < crashAt && !play.isDone()) {
          Thread.sleep(2);
        }
        if (play.isDone()) {
          break;
        }
        long crashed = System.nanoTime();
        long callbacksAtCrash = book.callbacks.get();
        postgres.crashPrimary();
        Thread.sleep(DETECTION.toMillis());
        AnsweredMovements answered = AnsweredMovements.of(book);
        // Read before the promotion, once everything received is replayed: nothing the services
        // write after the failover can hide a loss.
        postgres.awaitStandbyReplayed();
        List<String> missing = answered.missingFrom(postgres.standbyUrl());
        lost.addAll(missing);
        postgres.promoteStandby();
        long promotedAfter = millisSince(crashed);
        long answersAtPromotion = book.finalAnswers.get();
        while (book.finalAnswers.get() == answersAtPromotion
            && !play.isDone()
            && millisSince(crashed) < 120_000) {
          Thread.sleep(5);
        }
        long outage = millisSince(crashed);
        longestOutage = Math.max(longestOutage, outage);
        done++;
        System.out.printf(
            "%s: failover %d at %d callbacks: standby promoted after %d ms, answering again after"
                + " %d ms; of %d movements answered success before, %d missing %s%n",
            name,
            done,
            callbacksAtCrash,
            promotedAfter,
            outage,
            answered.size(),
            missing.size(),
            missing.subList(0, Math.min(10, missing.size())));
        if (done < plan.failovers()) {
          long rebuilding = System.nanoTime();
          postgres.rebuildStandby();
          System.out.printf(
              "%s: new standby streaming after %d ms%n", name, millisSince(rebuilding));
        }
      }
      play.get(60, TimeUnit.MINUTES);
      providers.settleUp();
    } finally {
      for (WalletgateService service : services) {
        service.close();
      }
    }
    if (done < plan.failovers()) {
      throw new AssertionError(
          "the run ended after " + done + " of " + plan.failovers() + " failovers");
    }
    String faults =
        done
            + " x (SIGKILL of the primary, standby promoted), "
            + plan.instances()
            + " instances, pool "
            + plan.poolSize();
    LedgerAudit.Result audit = RunReport.print(name, storage, providers, faults);
    List<String> discrepancies = new ArrayList<>(audit.discrepancies());
    discrepancies.addAll(providers.book.retransmissionMismatches());
    System.out.printf(
        "FAILOVER | %s | %s | %s | callbacks %d | failovers %d | lost answered movements %d |"
            + " discrepancies %d %s%n",
        name,
        storage.database,
        storage.adapter(),
        providers.book.callbacks.get(),
        done,
        lost.size(),
        discrepancies.size(),
        discrepancies.subList(0, Math.min(10, discrepancies.size())));
    return new Outcome(
        providers.book.callbacks.get(),
        done,
        lost,
        discrepancies,
        providers.book.uncertain(),
        longestOutage);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
