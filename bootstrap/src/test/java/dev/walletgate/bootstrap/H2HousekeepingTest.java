package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With WRITE_DELAY=0 (the service's default) H2 runs no background writer and so never compacts its
 * file while open; the housekeeping does it instead. RETENTION_TIME=0 here only so that chunks may
 * be rewritten at once rather than after H2's default 45 seconds.
 */
class H2HousekeepingTest {
  private static final int ROWS = 2_000;
  private static final int COMMITS = 20_000;

  @TempDir Path dir;

  @Test
  void withHousekeeping_theFileStaysUnderHalfTheSizeItReachesWithout() throws Exception {
    long without = churn("plain", false);
    long with = churn("kept", true);
    System.out.printf(
        "H2 file after %d single-row commits: %d bytes without housekeeping, %d with%n",
        COMMITS, without, with);
    assertThat(with).isLessThan(without / 2);
  }

  @Test
  void doesNothingForAnInMemoryDatabase() throws Exception {
    try (HikariDataSource pool = pool("jdbc:h2:mem:hk;DB_CLOSE_DELAY=-1")) {
      assertThat(H2Housekeeping.startIfEmbeddedH2File(pool, "jdbc:h2:mem:hk")).isNull();
      try (Connection c = pool.getConnection()) {
        assertThat(H2Housekeeping.store(c)).isNull();
      }
    }
  }

  @Test
  void startsForTheServicesDefaultFileUrl_andStopsWhenClosed() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("service") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    try (HikariDataSource pool = pool(url)) {
      H2Housekeeping housekeeping = H2Housekeeping.startIfEmbeddedH2File(pool, url);
      assertThat(housekeeping).isNotNull();
      try (Connection c = pool.getConnection()) {
        assertThat(H2Housekeeping.store(c)).isNotNull();
      }
      housekeeping.close();
    }
  }

  @Test
  void F1_compactsNothingWhileAnotherSessionHasUncommittedChanges() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("shared") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    try (HikariDataSource pool = pool(url)) {
      H2Housekeeping keeper = H2Housekeeping.startIfEmbeddedH2File(pool, url);
      keeper.close(); // only the rounds this test runs
      fragment(pool);
      try (Connection beside = DriverManager.getConnection(url, "sa", "");
          Statement s = beside.createStatement()) {
        beside.setAutoCommit(false);
        s.executeUpdate("UPDATE t SET v = 'beside' WHERE id = 1");
        assertThat(keeper.runOnce()).isFalse();
        beside.rollback();
      }
      assertThat(keeper.runOnce()).isTrue();
    }
  }

  @Test
  void F1_compactsNothingWhileAnotherProcessIsConnectedThroughTheServer() throws Exception {
    Path file = dir.resolve("served");
    String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;RETENTION_TIME=0";
    try (HikariDataSource pool = pool(url)) {
      H2Housekeeping keeper = H2Housekeeping.startIfEmbeddedH2File(pool, url);
      keeper.close();
      fragment(pool);
      Server server = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
      try (Connection remote =
          DriverManager.getConnection(
              "jdbc:h2:tcp://localhost:" + server.getPort() + "/" + file, "sa", "")) {
        assertThat(remote.isValid(1)).isTrue();
        assertThat(keeper.runOnce()).isFalse();
      } finally {
        server.stop();
      }
      assertThat(keeper.runOnce()).isTrue();
    }
  }

  @Test
  void F1_forcesTheFileToDiskAfterItsTurn_soATransactionNeedNotWaitForTheDisk() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("turn") + ";WRITE_DELAY=0;RETENTION_TIME=0";
    try (HikariDataSource pool = pool(url)) {
      DataSource files = new SingleWriterDataSource(pool, 2_000);
      AtomicReference<String> transactionMeanwhile = new AtomicReference<>("never asked");
      H2Housekeeping keeper =
          new H2Housekeeping(
              files,
              store -> {
                transactionMeanwhile.set(
                    CompletableFuture.supplyAsync(() -> takeTurn(files)).join());
                store.sync();
              });
      keeper.runOnce();
      assertThat(transactionMeanwhile).hasValue("had its turn");
    }
  }

  private static String takeTurn(DataSource files) {
    try (Connection c = files.getConnection()) {
      return "had its turn";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  /** Size of an H2 file after many small commits, with or without a housekeeping round each 50. */
  private long churn(String name, boolean housekeeping) throws SQLException {
    Path file = dir.resolve(name + ".mv.db");
    String url = "jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0;RETENTION_TIME=0";
    try (HikariDataSource pool = pool(url)) {
      H2Housekeeping keeper = housekeeping ? H2Housekeeping.startIfEmbeddedH2File(pool, url) : null;
      Random random = new Random(7);
      createTable(pool);
      for (int i = 0; i < COMMITS; i += 50) {
        update(pool, random, i, 50);
        if (keeper != null) {
          keeper.runOnce();
        }
      }
      long size = file.toFile().length();
      if (keeper != null) {
        keeper.close();
      }
      assertThat(Files.exists(file)).isTrue();
      return size;
    }
  }

  private static void fragment(HikariDataSource pool) throws SQLException {
    createTable(pool);
    update(pool, new Random(11), 0, COMMITS / 4);
  }

  private static void createTable(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t(id INT PRIMARY KEY, v VARCHAR(200))");
      s.execute("INSERT INTO t SELECT x, REPEAT('x', 100) FROM SYSTEM_RANGE(1, " + ROWS + ")");
    }
  }

  /** Single-row commits on one connection, which goes back to the pool before the next round. */
  private static void update(HikariDataSource pool, Random random, int first, int count)
      throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement update = c.prepareStatement("UPDATE t SET v = ? WHERE id = ?")) {
      for (int i = first; i < first + count; i++) {
        update.setString(1, Integer.toString(i).repeat(20));
        update.setInt(2, 1 + random.nextInt(ROWS));
        update.executeUpdate();
      }
    }
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
