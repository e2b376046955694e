package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.reliability.FailoverRun.Plan;
import dev.walletgate.bootstrap.reliability.ReplicatedPostgres.Replication;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F1 across a database failover: the PostgreSQL primary killed with SIGKILL mid-run and its
 * streaming standby promoted, the standby receiving the WAL late. With a synchronous standby
 * nothing answered is lost and the ledger agrees with the providers; with an asynchronous one the
 * loss is measured and reported.
 */
class FailoverTest {
  /**
   * The standby receives the WAL this late, so that an asynchronous standby is measurably behind
   * when the primary dies; over bare loopback it is rarely more than a commit behind.
   */
  static final Duration LINK_DELAY = Duration.ofMillis(50);

  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @Test
  void F1_primaryKilledAndSynchronousStandbyPromoted_withJdbi_nothingLost() throws Exception {
    FailoverRun.Outcome outcome =
        FailoverRun.run(
            "failover, synchronous standby",
            Replication.SYNCHRONOUS,
            LINK_DELAY,
            Persistence.JDBI,
            dataDir,
            new Plan(2, 4, 8, 2_000, 1, 41L));
    assertThat(outcome.lost()).as("movements answered success, then gone").isEmpty();
    assertThat(outcome.discrepancies()).as("discrepancies").isEmpty();
    assertThat(outcome.uncertain()).as("outcomes unknown after the settle-up").isZero();
  }

  @Test
  void F1_primaryKilledAndAsynchronousStandbyPromoted_withJpa_lossIsReported() throws Exception {
    FailoverRun.Outcome outcome =
        FailoverRun.run(
            "failover, asynchronous standby",
            Replication.ASYNCHRONOUS,
            LINK_DELAY,
            Persistence.JPA,
            dataDir,
            new Plan(2, 4, 8, 2_000, 1, 42L));
    // A lost commit takes its whole transaction: balances still equal their entries (L1), and the
    // providers learn every outcome; what was answered and then lost is reported, not failed.
    assertThat(outcome.l1Failures()).isEmpty();
    assertThat(outcome.uncertain()).as("outcomes unknown after the settle-up").isZero();
  }
}
