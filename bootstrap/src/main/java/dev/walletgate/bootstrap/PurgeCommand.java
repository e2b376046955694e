package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import picocli.CommandLine.Command;

/** {@code purge}: deletes the request records and the feed's events past their retention. */
@Command(
    name = "purge",
    description = {
      "Delete the request records and the feed's events older than request.retention.",
      "Refused beside a running service on the same H2 file: stop the service first."
    })
final class PurgeCommand extends DatabaseCommand {
  PurgeCommand(SettingOptions settings, PrintStream out, PrintStream err) {
    super(settings, out, err);
  }

  @Override
  int run(CommandDatabase database) {
    try (HikariDataSource pool = database.pool()) {
      if (servedByAnotherProcess(database.config(), pool)) {
        err.println(
            "purge: a running service owns this H2 file; stop it first (a second process writing"
                + " beside it does not take turns, and a crash could keep part of a transaction)");
        return 1;
      }
      try (Walletgate walletgate = database.open(pool)) {
        int purged = walletgate.services().housekeeping().purgeExpiredRequests();
        long events = walletgate.services().housekeeping().purgeExpiredEvents();
        out.println(
            "purged "
                + purged
                + " request records and "
                + events
                + " events older than "
                + database.config().requestRetention());
        return 0;
      }
    } catch (SQLException e) {
      err.println("purge: " + e.getMessage());
      return 1;
    }
  }

  /** Whether the embedded H2 file is open in another process and reached through AUTO_SERVER. */
  private static boolean servedByAnotherProcess(ServiceConfig config, HikariDataSource pool)
      throws SQLException {
    if (!SingleWriterDataSource.isEmbeddedH2File(config.dbUrl())) {
      return false;
    }
    try (Connection c = pool.getConnection()) {
      return H2Housekeeping.store(c) == null;
    }
  }
}
