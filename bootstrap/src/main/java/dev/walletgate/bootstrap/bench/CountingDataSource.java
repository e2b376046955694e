package dev.walletgate.bootstrap.bench;

import dev.walletgate.bootstrap.DelegatingDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A DataSource that counts what the thread inside {@link #count} asks the database for through
 * JDBC: each {@code execute*} call is one statement (an {@code executeBatch} too, however many rows
 * it carries), each {@code commit} and {@code rollback} is counted apart. A statement whose SQL
 * ends with COMMIT or ROLLBACK (a multi-statement that ends its transaction, or that command alone)
 * counts that commit or rollback too, but no round trip of its own: it went in the statement's.
 * Work the pool or the driver does on its own (a rollback when a connection goes back, a driver's
 * own queries) is not counted. Other threads, and this one outside {@link #count}, get the pool's
 * connections as they are, so the measured window pays nothing for the counting.
 */
final class CountingDataSource extends DelegatingDataSource {
  private final ThreadLocal<Counter> counting = new ThreadLocal<>();

  CountingDataSource(DataSource pool) {
    super(pool);
  }

  /**
   * What one call asked for.
   *
   * @param commits commit calls and the COMMITs statements carried
   * @param rollbacks rollback calls and the ROLLBACKs statements carried
   * @param carried the commits and rollbacks that a statement's own SQL carried
   */
  record Counts(long statements, long commits, long rollbacks, long carried) {
    /** Each statement, commit call and rollback call waits for the database once. */
    long roundTrips() {
      return statements + commits + rollbacks - carried;
    }

    Counts plus(Counts other) {
      return new Counts(
          statements + other.statements,
          commits + other.commits,
          rollbacks + other.rollbacks,
          carried + other.carried);
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
    return counter == null ? connection : proxy(Connection.class, connection, counter, null);
  }

  /**
   * A counting proxy of a connection or statement; {@code preparedSql} is a prepared statement's
   * SQL, null otherwise.
   */
  private static <T> T proxy(Class<T> type, Object target, Counter counter, String preparedSql) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          // Identity is the proxy's own: a caller may keep connections in sets or compare them.
          if (method.getName().equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
          }
          if (method.getName().equals("hashCode") && args == null) {
            return System.identityHashCode(proxy);
          }
          counter.note(method, args, preparedSql);
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          // Statements made on a counted connection are counted too; a prepared one keeps its SQL.
          Class<?> returned = method.getReturnType();
          if (result != null
              && (returned == Statement.class
                  || returned == PreparedStatement.class
                  || returned == CallableStatement.class)) {
            return proxy(returned, result, counter, returned == Statement.class ? null : sql(args));
          }
          return result;
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  // The SQL a call passes first (prepareStatement, execute(String)), or null.
  private static String sql(Object[] args) {
    return args != null && args.length > 0 && args[0] instanceof String text ? text : null;
  }

  /** Counts one thread's calls. */
  private static final class Counter {
    // The SQL's last command, after its last semicolon: COMMIT or ROLLBACK ends the transaction.
    private static final Pattern LAST_COMMAND =
        Pattern.compile("(?:^|;)\\s*(COMMIT|ROLLBACK)\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();
    private final AtomicLong carried = new AtomicLong();

    void note(Method method, Object[] args, String preparedSql) {
      String name = method.getName();
      if (Statement.class.isAssignableFrom(method.getDeclaringClass())
          && name.startsWith("execute")) {
        statements.incrementAndGet();
        String sql = sql(args);
        noteCarried(sql == null ? preparedSql : sql);
      } else if (method.getDeclaringClass() == Connection.class && name.equals("commit")) {
        commits.incrementAndGet();
      } else if (method.getDeclaringClass() == Connection.class && name.equals("rollback")) {
        rollbacks.incrementAndGet();
      }
    }

    private void noteCarried(String sql) {
      if (sql == null) {
        return;
      }
      Matcher last = LAST_COMMAND.matcher(sql);
      if (last.find()) {
        (last.group(1).equalsIgnoreCase("COMMIT") ? commits : rollbacks).incrementAndGet();
        carried.incrementAndGet();
      }
    }

    Counts counts() {
      return new Counts(statements.get(), commits.get(), rollbacks.get(), carried.get());
    }
  }
}
