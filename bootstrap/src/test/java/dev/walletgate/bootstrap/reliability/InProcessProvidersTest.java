package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.WalletgateService;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.reliability.SimulatedPlayer.PlayerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four simulated players (two Kyren, two LuckyMonaco) against the in-process service, with
 * retransmissions, duplicates and out-of-order delivery: the book and the ledger agree exactly.
 */
class InProcessProvidersTest {
  private static final long CALLBACKS = 3_000;

  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @Test
  void B1_W1_C7_I2_fourPlayersOnH2FileWithJdbi_bookAndLedgerAgree() throws Exception {
    run(TestStorage.h2File(dataDir, Persistence.JDBI));
  }

  @Test
  void B1_W1_C7_I2_fourPlayersOnPostgresWithJpa_bookAndLedgerAgree() throws Exception {
    run(TestStorage.postgres(Persistence.JPA));
  }

  private void run(TestStorage storage) throws Exception {
    try (storage) {
      ServiceSecrets secrets = ServiceSecrets.DEFAULT;
      List<String> flags = new java.util.ArrayList<>(storage.flags(dataDir, secrets, 10));
      flags.addAll(List.of("--port", "0"));
      ServiceConfig config =
          ServiceConfig.from(ConfigSources.read(flags.toArray(String[]::new), Map.of()));
      ProviderRun providers;
      try (WalletgateService service = WalletgateService.start(config)) {
        providers =
            new ProviderRun(
                4,
                List.of(service.baseUri()),
                secrets,
                PlayerSettings.quick(),
                7L,
                KyrenPlayer.Strings.PLAIN);
        providers.play(CALLBACKS, Duration.ofMinutes(2));
        providers.settleUp();
      }
      LedgerAudit.Result audit =
          RunReport.check("in-process, 4 players", storage, providers, "none");
      assertThat(providers.book.callbacks.get()).isGreaterThanOrEqualTo(CALLBACKS);
      assertThat(audit.entries()).isGreaterThan(CALLBACKS / 4);
    }
  }
}
