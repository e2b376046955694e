package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.reliability.FailoverRun.Plan;
import dev.walletgate.bootstrap.reliability.ReplicatedPostgres.Replication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The long failover and pooler runs, 16 players and 100,000 callbacks each: repeated failovers to a
 * synchronous standby for each adapter, failovers to an asynchronous standby whose loss is summed
 * up over the runs, and three instances through PgBouncer for each adapter. Run with {@code mvn -B
 * -pl bootstrap -Plarge verify -Dtest=LargeFailoverAndPoolerTest}; {@code
 * -Dwalletgate.reliability.callbacks=N} and {@code -Dwalletgate.reliability.failovers=N} change the
 * size.
 */
@Tag("large")
class LargeFailoverAndPoolerTest {
  private static final int PLAYERS = 16;
  private static final long CALLBACKS = Long.getLong("walletgate.reliability.callbacks", 100_000);
  private static final int FAILOVERS = Integer.getInteger("walletgate.reliability.failovers", 5);
  private static final List<String> ASYNCHRONOUS_LOSS = new ArrayList<>();

  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @ParameterizedTest
  @EnumSource(Persistence.class)
  void F1_failoversToASynchronousStandby_nothingLost(Persistence persistence) throws Exception {
    FailoverRun.Outcome outcome =
        FailoverRun.run(
            "failovers large, synchronous standby",
            Replication.SYNCHRONOUS,
            FailoverTest.LINK_DELAY,
            persistence,
            dataDir,
            new Plan(2, 6, PLAYERS, CALLBACKS, FAILOVERS, 301L));
    assertThat(outcome.lost()).as("movements answered success, then gone").isEmpty();
    assertThat(outcome.discrepancies()).as("discrepancies").isEmpty();
    assertThat(outcome.uncertain()).as("outcomes unknown after the settle-up").isZero();
  }

  @ParameterizedTest(name = "WAL {0} ms late, seed {1}")
  @CsvSource({"50, 311", "50, 312", "50, 313", "0, 314"})
  void F1_failoversToAnAsynchronousStandby_lossIsReported(int delayMillis, long seed)
      throws Exception {
    FailoverRun.Outcome outcome =
        FailoverRun.run(
            "failovers large, asynchronous standby",
            Replication.ASYNCHRONOUS,
            Duration.ofMillis(delayMillis),
            Persistence.JDBI,
            dataDir,
            new Plan(2, 6, PLAYERS, CALLBACKS, FAILOVERS, seed));
    synchronized (ASYNCHRONOUS_LOSS) {
      ASYNCHRONOUS_LOSS.add(
          String.format(
              "WAL %d ms late, seed %d: %d callbacks, %d failovers, %d answered movements lost,"
                  + " %d discrepancies",
              delayMillis,
              seed,
              outcome.callbacks(),
              outcome.failovers(),
              outcome.lost().size(),
              outcome.discrepancies().size()));
    }
    assertThat(outcome.l1Failures()).isEmpty();
    assertThat(outcome.uncertain()).as("outcomes unknown after the settle-up").isZero();
  }

  @ParameterizedTest
  @EnumSource(Persistence.class)
  void I4_threeInstancesThroughPgBouncer_zeroDiscrepancies(Persistence persistence)
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.create();
        PgBouncer bouncer = PgBouncer.start(database.host, database.port, 6);
        TestStorage storage =
            TestStorage.at(
                "PostgreSQL through PgBouncer (transaction pooling)",
                persistence,
                bouncer.url(database.name, PgBouncerTest.POOLER_PARAMETERS))) {
      PostgresFaultRun.run(
          "three instances through PgBouncer large, 18 clients on 6 server sessions",
          storage,
          dataDir,
          3,
          6,
          PLAYERS,
          CALLBACKS,
          0,
          321L);
    }
  }

  @AfterAll
  static void printAsynchronousLoss() {
    synchronized (ASYNCHRONOUS_LOSS) {
      ASYNCHRONOUS_LOSS.forEach(line -> System.out.println("ASYNCHRONOUS LOSS | " + line));
    }
  }
}
