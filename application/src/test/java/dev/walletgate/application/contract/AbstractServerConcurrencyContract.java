package dev.walletgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The concurrency contract plus the fault only a database server has: its sessions terminated
 * mid-run (PostgreSQL's {@code pg_terminate_backend}). Embedded and in-memory storage run {@link
 * AbstractConcurrencyContract} alone.
 */
public abstract class AbstractServerConcurrencyContract extends AbstractConcurrencyContract {
  @Test
  void F1_givenBackendsTerminatedMidRun_nothingPartialIsLeftAndTheFaultIsTransient()
      throws Exception {
    try (StorageUnderTest faulty = newStorageForFaults()) {
      assertThat(faulty.terminateConnections())
          .as("a database server whose sessions can be terminated")
          .isPresent();
      // The probe killed the pool's idle connections: let the pool replace them first.
      assertAnswersAgain(faulty.transactions());

      FaultRun run =
          faultRun(
              faulty,
              () -> {
                int killed = 0;
                for (int i = 0; i < 10; i++) {
                  killed += faulty.terminateConnections().orElse(0);
                  sleep(100);
                }
                return killed;
              });

      report(
          "backends terminated mid-run (%d killed): %s", run.faultResult(), run.tally().summary());
      assertThat(run.faultResult()).as("server sessions terminated").isPositive();
      assertThat(run.tally().unavailable + run.tally().retrySignals)
          .as("transactions that lost their connection")
          .isPositive();
    }
  }
}
