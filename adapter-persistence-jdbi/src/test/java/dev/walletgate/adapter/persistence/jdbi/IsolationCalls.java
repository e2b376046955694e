package dev.walletgate.adapter.persistence.jdbi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A DataSource whose connections start at a given isolation level and record what is asked of and
 * done to that level, to see what the adapter costs a pool per transaction.
 */
final class IsolationCalls {
  private final DataSource pool;
  private final int poolLevel;
  private final AtomicInteger reads = new AtomicInteger();
  private final List<Integer> levelsSet = new CopyOnWriteArrayList<>();
  private final List<Integer> levelsSeen = new CopyOnWriteArrayList<>();
  private final List<Integer> levelsSeenInWork = new CopyOnWriteArrayList<>();
  private volatile Connection current;

  IsolationCalls(DataSource pool, int poolLevel) {
    this.pool = pool;
    this.poolLevel = poolLevel;
  }

  DataSource dataSource() {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
                Connection connection = pool.getConnection();
                connection.setTransactionIsolation(poolLevel);
                current = connection;
                return recording(connection);
              }
              return invoke(pool, method, args);
            });
  }

  /** Reads the level of the connection the running transaction holds, as the database sees it. */
  void recordLevelInWork() {
    try {
      levelsSeenInWork.add(current.getTransactionIsolation());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  int reads() {
    return reads.get();
  }

  List<Integer> levelsSet() {
    return levelsSet;
  }

  List<Integer> levelsSeen() {
    return levelsSeen;
  }

  List<Integer> levelsSeenInWork() {
    return levelsSeenInWork;
  }

  private Connection recording(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(connection, method, args);
              if (method.getName().equals("getTransactionIsolation")) {
                reads.incrementAndGet();
                levelsSeen.add((Integer) result);
              } else if (method.getName().equals("setTransactionIsolation")) {
                levelsSet.add((Integer) args[0]);
              }
              return result;
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
