package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.util.Locale;

/** The configured database as a one-off command uses it: named first, then opened. */
record CommandDatabase(ServiceConfig config) {
  /**
   * The line a command prints before anything else, so that the database it read is never a guess.
   */
  String line() {
    return "database: "
        + config.redactedDbUrl()
        + " ("
        + config.persistence().name().toLowerCase(Locale.ROOT)
        + " storage)";
  }

  HikariDataSource pool() {
    return WalletgateService.pool(config, null);
  }

  /** Walletgate over the pool with the configured storage adapter and settings. */
  Walletgate open(HikariDataSource pool) {
    return Walletgate.builder(config.persistence().open(pool))
        .settings(config.walletSettings())
        .build();
  }
}
