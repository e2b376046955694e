package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F1, I2: the service in its own JVM, killed with SIGKILL three times under four players and
 * restarted on the same database; the providers' retries finish the work and the book and the
 * ledger agree, on PostgreSQL and on the service's default H2 file. The long version is {@link
 * LargeReliabilityTest}.
 */
class KillAndRestartTest {
  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @Test
  void F1_threeKillsOnPostgresWithJdbi_zeroDiscrepancies() throws Exception {
    try (TestStorage storage = TestStorage.postgres(Persistence.JDBI)) {
      KillRun.run("SIGKILL small, 4 players", storage, dataDir, 4, 2_500, 3, 11L);
    }
  }

  @Test
  void F1_threeKillsOnH2FileWithJdbi_zeroDiscrepancies() throws Exception {
    try (TestStorage storage = TestStorage.h2File(dataDir, Persistence.JDBI)) {
      KillRun.run("SIGKILL small, 4 players", storage, dataDir, 4, 2_500, 3, 11L);
    }
  }
}
