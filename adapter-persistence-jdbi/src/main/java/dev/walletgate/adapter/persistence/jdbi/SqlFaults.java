package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.UnstorableValueException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;

/**
 * Translates database faults into the port's signals, so that no SQL or Jdbi exception type leaves
 * the adapter. Exceptions that carry no database fault (the work's own) pass unchanged.
 */
final class SqlFaults {
  /** Unique violation, serialization failure, deadlock, lock not available, H2 lock timeout. */
  private static final Set<String> CONFLICT_STATES =
      Set.of("23505", "40001", "40P01", "55P03", "HYT00");

  /** H2 error codes for a lock timeout and a concurrent update of the same row. */
  private static final Set<Integer> H2_CONFLICT_CODES = Set.of(50200, 90131);

  /**
   * Backend terminated by an administrator, crash shutdown, cannot connect now; query cancelled.
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014");

  /**
   * A value the database refuses as data: too long, out of range, NUL or a character the encoding
   * lacks. Not retried: the same request would meet it again.
   */
  private static final String DATA_EXCEPTION_CLASS = "22";

  private SqlFaults() {}

  static RuntimeException translate(RuntimeException e) {
    if (e instanceof StorageException) {
      return e;
    }
    SQLException sql = firstSqlException(e);
    if (sql == null) {
      if (e instanceof JdbiException) {
        // A Jdbi failure without a database fault behind it is a bug in this adapter.
        return new IllegalStateException("Jdbi failed: " + e.getMessage(), e);
      }
      return e;
    }
    String dataException = dataExceptionState(e);
    if (dataException != null) {
      return new UnstorableValueException(dataException, e);
    }
    if (isConflict(e)) {
      return new RetryableConflictException(describe(sql), e);
    }
    // Lost connections, timeouts, exhausted pools, and any other database failure: nothing was
    // committed, and the provider is told to retry (F1).
    return new StorageUnavailableException(describe(sql), e);
  }

  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          String state = s.getSQLState();
          // First the conflicts: H2 reports its lock timeout as an SQLTimeoutException.
          if ((state != null && CONFLICT_STATES.contains(state))
              || H2_CONFLICT_CODES.contains(s.getErrorCode())) {
            return true;
          }
          if (s instanceof SQLTransientConnectionException
              || s instanceof SQLTimeoutException
              || (state != null
                  && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)))) {
            return false;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The SQLState of a data exception (class 22) in the cause chain, or null. */
  private static String dataExceptionState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          String state = s.getSQLState();
          if (state != null && state.startsWith(DATA_EXCEPTION_CLASS)) {
            return state;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static SQLException firstSqlException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String describe(SQLException sql) {
    return "database fault (SQLState " + sql.getSQLState() + "): " + sql.getMessage();
  }
}
