package dev.walletgate.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded H2 file from growing without bound while the service runs.
 *
 * <p>The default URL sets {@code WRITE_DELAY=0} so that every commit is written before it is
 * answered. With a write delay of 0, H2's MVStore starts no background writer, and the background
 * writer is the only thing that compacts the file while it is open: chunks that keep a few live
 * pages are never rewritten, so their space is never reused, and a SIGKILL also skips the
 * compaction H2 does at a clean close ({@code MAX_COMPACT_TIME}). Every commit writes a chunk, and
 * a freed chunk is only reused after {@code RETENTION_TIME}, so under steady load the file grows
 * without bound. Every second this rewrites the live pages of a few old chunks when the file's fill
 * rate is below the database's {@code AUTO_COMPACT_FILL_RATE} (what the background writer would
 * do), then forces the file to disk, so that chunks freed more than a second ago have durable
 * successors and the default URL can use a short {@code RETENTION_TIME}. The rewritten pages are
 * written by the next commit like any other change; when a commit becomes durable does not change.
 *
 * <p>A round's compaction takes its turn on the file ({@link SingleWriterDataSource}) like any
 * transaction: a chunk written while another transaction commits can keep that transaction in part
 * after a crash. For the same reason it does not compact while a command beside the service
 * (AUTO_SERVER) is connected, or while any other session has uncommitted changes. Forcing the file
 * to disk writes no chunk, so it comes after the turn: requests go on committing meanwhile instead
 * of waiting for the disk.
 *
 * <p>It only acts when the pool's connections are embedded H2 sessions (this process owns the
 * database file); for PostgreSQL, H2 in memory or a client of an H2 server it does nothing.
 */
final class H2Housekeeping implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

  /** Live bytes rewritten per round at most: a short hold of the store lock. */
  static final int REWRITE_BYTES_PER_ROUND = 4 * 1024 * 1024;

  private static final long PERIOD_MILLIS = 1_000;

  private final DataSource dataSource;
  private final Consumer<MVStore> forceToDisk;
  private final ScheduledExecutorService timer;

  /** Rounds the caller runs itself, forcing the file to disk with the given action. */
  H2Housekeeping(DataSource dataSource, Consumer<MVStore> forceToDisk) {
    this(dataSource, forceToDisk, null);
  }

  private H2Housekeeping(
      DataSource dataSource, Consumer<MVStore> forceToDisk, ScheduledExecutorService timer) {
    this.dataSource = dataSource;
    this.forceToDisk = forceToDisk;
    this.timer = timer;
  }

  /** Starts the housekeeping if the data source is an embedded H2 file database, else null. */
  static H2Housekeeping startIfEmbeddedH2File(DataSource dataSource, String jdbcUrl) {
    if (!SingleWriterDataSource.isEmbeddedH2File(jdbcUrl)) {
      return null;
    }
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "walletgate-h2-housekeeping");
              t.setDaemon(true);
              return t;
            });
    H2Housekeeping housekeeping = new H2Housekeeping(dataSource, MVStore::sync, timer);
    timer.scheduleWithFixedDelay(
        housekeeping::runOnce, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return housekeeping;
  }

  /**
   * One round: rewrites old chunks when the file's fill rate is below the target, then syncs the
   * file. Returns whether anything was rewritten (false also when the database is not an embedded
   * H2 file).
   */
  boolean runOnce() {
    try {
      MVStore store;
      boolean rewritten;
      try (Connection c = dataSource.getConnection()) {
        store = store(c);
        if (store == null) {
          return false;
        }
        rewritten = noOtherWriter(c) && store.compact(targetFillRate(c), REWRITE_BYTES_PER_ROUND);
      }
      // After the turn: forcing the file to disk writes no chunk, and a request waiting for the
      // file would otherwise wait for the disk too.
      forceToDisk.accept(store);
      return rewritten;
    } catch (SQLException | RuntimeException e) {
      // The database may be closing or briefly unavailable; the next round tries again.
      LOG.debug("H2 housekeeping round skipped: {}", e.toString());
      return false;
    }
  }

  /** The MVStore behind an embedded H2 connection, or null for anything else. */
  static MVStore store(Connection c) throws SQLException {
    if (!c.isWrapperFor(JdbcConnection.class)) {
      return null;
    }
    if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return null; // a client of an H2 server: the server's process keeps its own file
    }
    if (!session.getDatabase().isPersistent() || session.getDatabase().getStore() == null) {
      return null;
    }
    MVStore store = session.getDatabase().getStore().getMvStore();
    return store.getFileStore() == null || store.isReadOnly() ? null : store;
  }

  /**
   * Whether no other session may be writing: none is connected from another process (a command
   * beside the service, through AUTO_SERVER, which does not take turns here) and none has
   * uncommitted changes.
   */
  static boolean noOtherWriter(Connection c) throws SQLException {
    SessionLocal own = session(c);
    for (SessionLocal other : own.getDatabase().getSessions(false)) {
      if (other != own
          && (other.getNetworkConnectionInfo() != null || other.hasPendingTransaction())) {
        return false;
      }
    }
    return true;
  }

  private static SessionLocal session(Connection c) throws SQLException {
    return (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
  }

  private static int targetFillRate(Connection c) throws SQLException {
    return session(c).getDatabase().getSettings().autoCompactFillRate;
  }

  /** Lets a round in progress finish: interrupting H2 in file I/O would close its file. */
  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdown();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
