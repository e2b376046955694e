package dev.walletgate.bootstrap.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that counts what the thread inside {@link #count} asks the database for through
 * JDBC: each {@code execute*} call is one statement (an {@code executeBatch} too, however many rows
 * it carries), each {@code commit} and {@code rollback} is counted apart. Work the pool or the
 * driver does on its own (a rollback when a connection goes back, a driver's own queries) is not
 * counted. Other threads, and this one outside {@link #count}, get the pool's connections as they
 * are, so the measured window pays nothing for the counting.
 */
final class CountingDataSource implements DataSource {
  private final DataSource pool;
  private final ThreadLocal<Counter> counting = new ThreadLocal<>();

  CountingDataSource(DataSource pool) {
    this.pool = pool;
  }

  /** What one call asked for; its round trips are its statements, commits and rollbacks. */
  record Counts(long statements, long commits, long rollbacks) {
    long roundTrips() {
      return statements + commits + rollbacks;
    }

    Counts plus(Counts other) {
      return new Counts(
          statements + other.statements, commits + other.commits, rollbacks + other.rollbacks);
    }
  }

  /** A call's result with what it sent. */
  record Counted<T>(T result, Counts counts) {}

  /**
   * Runs the work on this thread, counting what it sends through connections it takes from this
   * DataSource while it runs.
   */
  <T> Counted<T> count(Callable<T> work) throws Exception {
    Counter counter = new Counter();
    Counter outer = counting.get();
    counting.set(counter);
    try {
      T result = work.call();
      return new Counted<>(result, counter.counts());
    } finally {
      counting.set(outer);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(pool.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(pool.getConnection(username, password));
  }

  private Connection counted(Connection connection) {
    Counter counter = counting.get();
    return counter == null ? connection : proxy(Connection.class, connection, counter);
  }

  private static <T> T proxy(Class<T> type, Object target, Counter counter) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          // Identity is the proxy's own: a caller may keep connections in sets or compare them.
          if (method.getName().equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
          }
          if (method.getName().equals("hashCode") && args == null) {
            return System.identityHashCode(proxy);
          }
          counter.note(method);
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          // Statements made on a counted connection are counted too.
          Class<?> returned = method.getReturnType();
          if (result != null
              && (returned == Statement.class
                  || returned == PreparedStatement.class
                  || returned == CallableStatement.class)) {
            return proxy(returned, result, counter);
          }
          return result;
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** Counts one thread's calls. */
  private static final class Counter {
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();

    void note(Method method) {
      String name = method.getName();
      if (Statement.class.isAssignableFrom(method.getDeclaringClass())
          && name.startsWith("execute")) {
        statements.incrementAndGet();
      } else if (method.getDeclaringClass() == Connection.class && name.equals("commit")) {
        commits.incrementAndGet();
      } else if (method.getDeclaringClass() == Connection.class && name.equals("rollback")) {
        rollbacks.incrementAndGet();
      }
    }

    Counts counts() {
      return new Counts(statements.get(), commits.get(), rollbacks.get());
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || pool.isWrapperFor(iface);
  }
}
