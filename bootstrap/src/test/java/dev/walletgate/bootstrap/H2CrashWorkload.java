package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.h2.mvstore.MVStore;

/**
 * The child process of {@link H2FileCrashTest}: the service's own pool, turns and housekeeping on
 * the service's default H2 file, and eight threads writing callback-shaped transactions in the JPA
 * adapter's statement order (claim the request, lock the account, insert the win and the ledger
 * entry, complete the request, write the balance) until it is killed. With {@code ungated} the
 * threads share the pool without taking turns and the file is compacted every second whoever is
 * writing, as before the fix.
 */
final class H2CrashWorkload {
  static final int ACCOUNTS = 16;

  private H2CrashWorkload() {}

  public static void main(String[] args) throws Exception {
    ServiceConfig config = config(Path.of(args[0]));
    boolean ungated = Boolean.parseBoolean(args[1]);
    HikariDataSource pool = WalletgateService.pool(config, null);
    DataSource storage = ungated ? pool : SingleWriterDataSource.ifEmbeddedH2File(pool);
    createSchema(storage);
    if (ungated) {
      Thread compactor = new Thread(() -> compactEverySecond(pool), "compactor");
      compactor.setDaemon(true);
      compactor.start();
    } else {
      H2Housekeeping.startIfEmbeddedH2File(storage, config.dbUrl());
    }
    for (int i = 0; i < 8; i++) {
      Thread writer = new Thread(() -> writeUntilKilled(storage), "writer-" + i);
      writer.start();
    }
    System.out.println("READY");
    System.out.flush();
  }

  /** The service's configuration for a data folder: its default H2 file URL and pool. */
  static ServiceConfig config(Path dataDir) {
    String[] args = {
      "--data-dir", dataDir.toString(),
      "--kyren-base-path", "/kyren/crash/v1",
      "--luckymonaco-token", "t",
      "--operator-key", "k"
    };
    return ServiceConfig.from(ConfigSources.read(args, Map.of()));
  }

  private static void createSchema(DataSource storage) throws SQLException {
    try (Connection c = storage.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS req(id VARCHAR PRIMARY KEY, outcome VARCHAR)");
      s.execute("CREATE TABLE IF NOT EXISTS win(id VARCHAR PRIMARY KEY, amount NUMERIC(38, 18))");
      s.execute(
          "CREATE TABLE IF NOT EXISTS ledger(id VARCHAR PRIMARY KEY, account INT,"
              + " amount NUMERIC(38, 18))");
      s.execute("CREATE TABLE IF NOT EXISTS account(id INT PRIMARY KEY, balance NUMERIC(38, 18))");
      s.execute(
          "MERGE INTO account KEY(id) SELECT x, 0 FROM SYSTEM_RANGE(0, "
              + (ACCOUNTS - 1)
              + ") WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = x)");
    }
  }

  /** The housekeeping as it was before the fix: compacts whoever else is writing. */
  private static void compactEverySecond(DataSource pool) {
    while (true) {
      try {
        Thread.sleep(1_000);
        try (Connection c = pool.getConnection()) {
          MVStore store = H2Housekeeping.store(c);
          store.compact(90, H2Housekeeping.REWRITE_BYTES_PER_ROUND); // H2's default fill rate
          store.sync();
        }
      } catch (InterruptedException e) {
        return;
      } catch (SQLException | RuntimeException e) {
        // the next round tries again
      }
    }
  }

  private static void writeUntilKilled(DataSource storage) {
    while (true) {
      try (Connection c = storage.getConnection()) {
        c.setAutoCommit(false);
        try {
          credit(c);
          c.commit();
        } catch (SQLException e) {
          c.rollback(); // a lock timeout: the next one goes on
        }
      } catch (SQLException e) {
        // a connection fault (the turn timed out): try again
      }
    }
  }

  private static void credit(Connection c) throws SQLException {
    String id = UUID.randomUUID().toString();
    int account = ThreadLocalRandom.current().nextInt(ACCOUNTS);
    BigDecimal amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(1, 10_000), 2);
    update(c, "INSERT INTO req(id, outcome) VALUES (?, NULL)", id);
    BigDecimal balance;
    try (PreparedStatement lock =
        c.prepareStatement("SELECT balance FROM account WHERE id = ? FOR UPDATE")) {
      lock.setInt(1, account);
      try (ResultSet rows = lock.executeQuery()) {
        rows.next();
        balance = rows.getBigDecimal(1);
      }
    }
    update(c, "INSERT INTO win(id, amount) VALUES (?, ?)", id, amount);
    update(c, "INSERT INTO ledger(id, account, amount) VALUES (?, ?, ?)", id, account, amount);
    update(c, "UPDATE req SET outcome = 'SUCCESS' WHERE id = ?", id);
    update(c, "UPDATE account SET balance = ? WHERE id = ?", balance.add(amount), account);
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
