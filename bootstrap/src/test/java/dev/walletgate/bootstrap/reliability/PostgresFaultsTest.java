package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F1, I4 on PostgreSQL: the service's sessions terminated at random under a starved pool, and three
 * instances on one schema with every retry sent to a random instance; zero discrepancies.
 */
class PostgresFaultsTest {
  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @Test
  void F1_terminatedSessionsAndAStarvedPool_withJdbi_zeroDiscrepancies() throws Exception {
    try (TestStorage storage = TestStorage.postgres(Persistence.JDBI)) {
      PostgresFaultRun.run(
          "pg_terminate_backend + starved pool", storage, dataDir, 1, 2, 10, 2_000, 150, 21L);
    }
  }

  @Test
  void I4_threeInstancesOnOneSchema_withJpa_zeroDiscrepancies() throws Exception {
    try (TestStorage storage = TestStorage.postgres(Persistence.JPA)) {
      PostgresFaultRun.run(
          "three instances, random instance per attempt", storage, dataDir, 3, 4, 8, 2_000, 0, 31L);
    }
  }
}
