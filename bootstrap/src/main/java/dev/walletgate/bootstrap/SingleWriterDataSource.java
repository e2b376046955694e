package dev.walletgate.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * A DataSource over an embedded H2 file that lends its connections to one thread at a time.
 *
 * <p>H2 2.3.232 writes a chunk by taking each map's latest state in turn, with no snapshot across
 * maps, and with {@code WRITE_DELAY=0} every commit writes one. A chunk written while another
 * connection's transaction was committing can hold that transaction's undo log already cleared but
 * some of its rows not yet committed; if the process dies before the next chunk, H2 reopens the
 * file with those rows left over, invisible to most sessions and visible to one that reuses the
 * transaction id: an answered movement could be lost that way (F1; {@code H2FileCrashTest} with
 * {@code -Dwalletgate.h2crash.ungated=true} shows it). With one thread at a time, each commit
 * writes its chunk before the next transaction starts, and the housekeeping's compaction ({@link
 * H2Housekeeping}) takes its turn like a transaction, so no chunk is ever written while another
 * transaction is under way. The thread whose turn it is may hold several connections (Flyway opens
 * two to migrate); the turn ends when it has closed them all.
 */
final class SingleWriterDataSource extends DelegatingDataSource {
  /** How long a thread waits for its turn, as long as the service's pool waits for a connection. */
  static final long WAIT_MILLIS = 5_000;

  private final long waitMillis;
  private final Semaphore turn = new Semaphore(1, true);
  private Thread owner;
  private int held;

  SingleWriterDataSource(DataSource pool, long waitMillis) {
    super(pool);
    this.waitMillis = waitMillis;
  }

  /** The data source itself, or one turn at a time over it if it opens an embedded H2 file. */
  static DataSource ifEmbeddedH2File(DataSource dataSource) {
    if (dataSource instanceof SingleWriterDataSource) {
      return dataSource;
    }
    String url;
    try (Connection c = dataSource.getConnection()) {
      url = c.getMetaData().getURL();
    } catch (SQLException e) {
      // An H2 file always opens; a database that cannot be reached now fails on its first use.
      return dataSource;
    }
    return url != null && isEmbeddedH2File(url)
        ? new SingleWriterDataSource(dataSource, WAIT_MILLIS)
        : dataSource;
  }

  /** Whether the URL opens an H2 database file in this process (not in memory, not a server's). */
  static boolean isEmbeddedH2File(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:")
        && !jdbcUrl.startsWith("jdbc:h2:mem:")
        && !jdbcUrl.startsWith("jdbc:h2:tcp:")
        && !jdbcUrl.startsWith("jdbc:h2:ssl:");
  }

  @Override
  public Connection getConnection() throws SQLException {
    takeTurn();
    try {
      return turnEndingOnClose(pool.getConnection());
    } catch (SQLException | RuntimeException | Error e) {
      endTurn();
      throw e;
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    takeTurn();
    try {
      return turnEndingOnClose(pool.getConnection(username, password));
    } catch (SQLException | RuntimeException | Error e) {
      endTurn();
      throw e;
    }
  }

  private void takeTurn() throws SQLException {
    Thread me = Thread.currentThread();
    synchronized (this) {
      if (owner == me) {
        held++;
        return;
      }
    }
    try {
      if (!turn.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        throw new SQLTransientConnectionException(
            "the H2 file was busy for " + waitMillis + " ms", "08001");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTransientConnectionException("interrupted waiting for the H2 file", "08001", e);
    }
    synchronized (this) {
      owner = me;
      held = 1;
    }
  }

  private synchronized void endTurn() {
    held--;
    if (held == 0) {
      owner = null;
      turn.release();
    }
  }

  private Connection turnEndingOnClose(Connection connection) {
    AtomicBoolean closed = new AtomicBoolean();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "equals":
                  return proxy == args[0];
                case "hashCode":
                  return System.identityHashCode(proxy);
                case "close", "abort":
                  // Both end the connection's use; the turn ends once, whichever comes first.
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  } finally {
                    if (closed.compareAndSet(false, true)) {
                      endTurn();
                    }
                  }
                default:
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
              }
            });
  }
}
