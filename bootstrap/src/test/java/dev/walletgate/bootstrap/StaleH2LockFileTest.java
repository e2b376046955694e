package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.bootstrap.config.ServiceConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A restart after a SIGKILL on the default H2 file removes the lock file the killed owner left
 * (instead of waiting out H2's lock-file protocol), and never one that a live owner holds.
 */
class StaleH2LockFileTest {
  @TempDir Path dataDir;

  private ServiceConfig config() {
    return H2CrashWorkload.config(dataDir);
  }

  private Path lockFile() {
    return dataDir.resolve("walletgate.lock.db");
  }

  @Test
  void afterTheOwnerIsKilled_theServicesPoolRemovesItsLockFile_andOpensTheSameData()
      throws Exception {
    Process owner = startOwner("before-kill");
    owner.destroyForcibly();
    assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(lockFile()).exists();

    Logger logger = (Logger) LoggerFactory.getLogger(StaleH2LockFile.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    Level level = logger.getLevel();
    logger.setLevel(Level.INFO);
    logger.addAppender(events);
    try (HikariDataSource pool = WalletgateService.pool(config(), null);
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet marks = statement.executeQuery("SELECT mark FROM marks")) {
      assertThat(marks.next()).isTrue();
      assertThat(marks.getString(1)).isEqualTo("before-kill");
    } finally {
      logger.detachAppender(events);
      logger.setLevel(level);
    }
    assertThat(events.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(message -> assertThat(message).startsWith("Removed the lock file"));
  }

  @Test
  void whileAnotherProcessHasTheDatabaseOpen_itsLockFileStays() throws Exception {
    Process owner = startOwner("alive");
    try {
      String before = Files.readString(lockFile(), StandardCharsets.ISO_8859_1);
      assertThat(StaleH2LockFile.clearIfUnowned(config().dbUrl())).isFalse();
      assertThat(lockFile()).exists();
      assertThat(Files.readString(lockFile(), StandardCharsets.ISO_8859_1))
          .contains(before.lines().filter(l -> l.startsWith("id=")).findFirst().orElseThrow());
    } finally {
      owner.destroyForcibly();
      owner.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void whileThisProcessHasTheDatabaseOpen_itsLockFileStays() throws Exception {
    try (Connection open = DriverManager.getConnection(config().dbUrl(), "sa", "")) {
      assertThat(lockFile()).exists();
      assertThat(StaleH2LockFile.clearIfUnowned(config().dbUrl())).isFalse();
      assertThat(lockFile()).exists();
    }
  }

  @Test
  void onlyAnEmbeddedH2FileUrlNamesADatabaseFile() {
    assertThat(StaleH2LockFile.databasePath("jdbc:h2:file:/srv/wg/walletgate;AUTO_SERVER=TRUE"))
        .contains(Path.of("/srv/wg/walletgate"));
    assertThat(StaleH2LockFile.databasePath("jdbc:h2:/srv/wg/walletgate"))
        .contains(Path.of("/srv/wg/walletgate"));
    assertThat(StaleH2LockFile.databasePath("jdbc:h2:~/wg"))
        .contains(Path.of(System.getProperty("user.home"), "wg"));
    assertThat(StaleH2LockFile.databasePath("jdbc:h2:mem:wg;DB_CLOSE_DELAY=-1")).isEmpty();
    assertThat(StaleH2LockFile.databasePath("jdbc:h2:tcp://localhost/~/wg")).isEmpty();
    assertThat(StaleH2LockFile.databasePath("jdbc:h2:split:/srv/wg")).isEmpty();
    assertThat(StaleH2LockFile.databasePath("jdbc:postgresql://db/wallet")).isEmpty();
    assertThat(StaleH2LockFile.clearIfUnowned("jdbc:postgresql://db/wallet")).isFalse();
  }

  private Process startOwner(String mark) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            H2Owner.class.getName(),
            config().dbUrl(),
            mark);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); !"READY".equals(line); line = out.readLine()) {
      if (line == null) {
        throw new IllegalStateException("the owner ended before it was ready");
      }
    }
    Thread drain = new Thread(() -> out.lines().forEach(line -> {}));
    drain.setDaemon(true);
    drain.start();
    return child;
  }
}
