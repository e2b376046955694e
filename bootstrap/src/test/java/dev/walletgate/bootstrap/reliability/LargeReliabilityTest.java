package dev.walletgate.bootstrap.reliability;

import dev.walletgate.bootstrap.Persistence;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The long SIGKILL and fault runs, 16 players and at least 100,000 callbacks each, for each
 * adapter: SIGKILL at least 20 times on H2 file and on PostgreSQL, sessions terminated under a
 * starved pool, three instances on one schema. Run with {@code mvn -B -pl bootstrap -am -Plarge
 * verify}; {@code -Dwalletgate.reliability.callbacks=N} and {@code
 * -Dwalletgate.reliability.kills=N} change the size.
 */
@Tag("large")
class LargeReliabilityTest {
  private static final int PLAYERS = 16;
  private static final long CALLBACKS = Long.getLong("walletgate.reliability.callbacks", 100_000);
  private static final int KILLS = Integer.getInteger("walletgate.reliability.kills", 20);

  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @ParameterizedTest
  @EnumSource(Persistence.class)
  void F1_sigkillOnH2File_zeroDiscrepancies(Persistence persistence) throws Exception {
    try (TestStorage storage = TestStorage.h2File(dataDir, persistence)) {
      KillRun.run("SIGKILL large", storage, dataDir, PLAYERS, CALLBACKS, KILLS, 101L);
    }
  }

  @ParameterizedTest
  @EnumSource(Persistence.class)
  void F1_sigkillOnPostgres_zeroDiscrepancies(Persistence persistence) throws Exception {
    try (TestStorage storage = TestStorage.postgres(persistence)) {
      KillRun.run("SIGKILL large", storage, dataDir, PLAYERS, CALLBACKS, KILLS, 102L);
    }
  }

  @ParameterizedTest
  @EnumSource(Persistence.class)
  void F1_terminatedSessionsAndAStarvedPool_zeroDiscrepancies(Persistence persistence)
      throws Exception {
    try (TestStorage storage = TestStorage.postgres(persistence)) {
      PostgresFaultRun.run(
          "pg_terminate_backend + starved pool large",
          storage,
          dataDir,
          1,
          3,
          PLAYERS,
          CALLBACKS,
          200,
          103L);
    }
  }

  @ParameterizedTest
  @EnumSource(Persistence.class)
  void I4_threeInstancesOnOneSchema_zeroDiscrepancies(Persistence persistence) throws Exception {
    try (TestStorage storage = TestStorage.postgres(persistence)) {
      PostgresFaultRun.run(
          "three instances large", storage, dataDir, 3, 4, PLAYERS, CALLBACKS, 0, 104L);
    }
  }
}
