package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.bootstrap.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL through PgBouncer 1.18 in transaction pooling mode, where consecutive transactions of
 * one client may run on different server sessions: pgjdbc's named server-side prepared statements
 * (after {@code prepareThreshold} executions, 5 by default) then break, and {@code
 * prepareThreshold=0} is what makes the service work; three instances through it, zero
 * discrepancies.
 */
class PgBouncerTest {
  /** The pgjdbc parameter a deployment adds to the URL when a transaction pooler is in between. */
  static final String POOLER_PARAMETERS = "prepareThreshold=0";

  static {
    Quiet.callbackLog();
  }

  @TempDir Path dataDir;

  @Test
  void transactionPooling_breaksNamedPreparedStatements_andPrepareThresholdZeroAvoidsThem()
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.create();
        PgBouncer bouncer = PgBouncer.start(database.host, database.port, 2)) {
      List<String> withDefaults = repeatedStatements(bouncer.url(database.name, ""));
      List<String> withSetting = repeatedStatements(bouncer.url(database.name, POOLER_PARAMETERS));
      System.out.printf(
          "PGBOUNCER | pgjdbc defaults: %d errors, e.g. %s | %s: %d errors%n",
          withDefaults.size(),
          withDefaults.stream().findFirst().orElse("-"),
          POOLER_PARAMETERS,
          withSetting.size());
      assertThat(withDefaults)
          .as("errors with pgjdbc's default prepareThreshold")
          .isNotEmpty()
          .allMatch(
              e -> e.matches("(?s).*prepared statement \"S_\\d+\" (does not|already) exist.*"));
      assertThat(withSetting).as("errors with " + POOLER_PARAMETERS).isEmpty();
    }
  }

  @Test
  void I4_threeInstancesThroughPgBouncerInTransactionMode_withJdbi_zeroDiscrepancies()
      throws Exception {
    try (ScratchDatabase database = ScratchDatabase.create();
        PgBouncer bouncer = PgBouncer.start(database.host, database.port, 4);
        TestStorage storage =
            TestStorage.at(
                "PostgreSQL through PgBouncer (transaction pooling)",
                Persistence.JDBI,
                bouncer.url(database.name, POOLER_PARAMETERS))) {
      PostgresFaultRun.run(
          "three instances through PgBouncer, 12 clients on 4 server sessions",
          storage,
          dataDir,
          3,
          4,
          8,
          2_000,
          0,
          51L);
    }
  }

  /**
   * Four clients, each running the same statement 50 times, one transaction each, through the
   * pooler (2 server sessions); returns the errors.
   */
  private static List<String> repeatedStatements(String url) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> clients = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        clients.add(
            threads.submit(
                () -> {
                  List<String> errors = new ArrayList<>();
                  try (Connection c = DriverManager.getConnection(url);
                      PreparedStatement s = c.prepareStatement("SELECT ?::int + 1")) {
                    for (int i = 0; i < 50; i++) {
                      try {
                        s.setInt(1, i);
                        try (ResultSet r = s.executeQuery()) {
                          r.next();
                        }
                      } catch (SQLException e) {
                        errors.add(e.getMessage());
                      }
                    }
                  }
                  return errors;
                }));
      }
      List<String> errors = new ArrayList<>();
      for (Future<List<String>> client : clients) {
        errors.addAll(client.get(60, TimeUnit.SECONDS));
      }
      return errors;
    } finally {
      threads.shutdownNow();
    }
  }
}
