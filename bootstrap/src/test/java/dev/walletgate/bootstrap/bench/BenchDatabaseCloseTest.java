package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a bench database closes the H2 database itself, and says nothing when that works. */
class BenchDatabaseCloseTest {
  @TempDir Path dataDir;

  @Test
  void givenAnH2MemoryDatabase_close_dropsItWithoutAnError() throws Exception {
    String url;
    String printed;
    try (CapturedErr err = new CapturedErr()) {
      BenchDatabase db = BenchDatabase.create("h2mem", null, 2);
      url = db.pool.getJdbcUrl();
      use(db);
      db.close();
      printed = err.text();
    }

    assertThat(printed).doesNotContain("already closed").isEmpty();
    assertThatThrownBy(() -> DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void givenTheServicesH2File_close_closesTheFileWithoutAnError() throws Exception {
    String printed;
    try (CapturedErr err = new CapturedErr()) {
      BenchDatabase db = BenchDatabase.h2File(dataDir, 2);
      use(db);
      assertThat(lockFiles()).as("open: AUTO_SERVER holds its lock file").isPositive();
      db.close();
      printed = err.text();
    }

    assertThat(printed).doesNotContain("already closed").isEmpty();
    assertThat(lockFiles()).as("H2 deletes its lock file when it closes the database").isZero();
  }

  private static void use(BenchDatabase db) throws SQLException {
    try (Connection c = db.pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
      s.execute("INSERT INTO t VALUES (1)");
    }
  }

  private long lockFiles() throws Exception {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".lock.db")).count();
    }
  }

  /** System.err captured while open; BenchDatabase reports what went wrong there. */
  private static final class CapturedErr implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CapturedErr() {
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      System.setErr(original);
    }
  }
}
