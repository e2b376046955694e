package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.UnstorableValueException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Translates what Hibernate and the JDBC driver throw into the port's storage signals, by the
 * SQLState found anywhere in the cause chain, so that no JPA or SQL exception type leaves the
 * adapter.
 */
final class Faults {
  private static final int H2_LOCK_TIMEOUT = 50200;

  private Faults() {}

  /** Whether the exception is one of Hibernate's or the driver's, to be translated. */
  static boolean isStorageFault(Throwable failure) {
    return failure instanceof jakarta.persistence.PersistenceException
        || failure instanceof org.hibernate.HibernateException
        || failure instanceof SQLException;
  }

  static StorageException translate(Throwable failure) {
    if (failure instanceof StorageException storage) {
      return storage;
    }
    String dataException = dataExceptionState(failure);
    if (dataException != null) {
      return new UnstorableValueException(dataException, failure);
    }
    Kind kind = classify(failure);
    String message = kind.describe(failure);
    return kind == Kind.CONFLICT
        ? new RetryableConflictException(message, failure)
        : new StorageUnavailableException(message, failure);
  }

  /**
   * The SQLState of a data exception (class 22: too long, out of range, NUL or a character the
   * encoding lacks) in the cause chain, or null. Not retried: the same request would meet it again.
   */
  private static String dataExceptionState(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  private static Kind classify(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Kind byType = null;
    for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
      if (t instanceof SQLException sql) {
        Kind byState = ofState(sql);
        if (byState != null) {
          return byState;
        }
        if (byType == null && (t instanceof SQLTransientConnectionException)) {
          byType = Kind.UNAVAILABLE;
        }
      }
      if (byType == null) {
        byType = ofType(t);
      }
    }
    return byType == null ? Kind.UNAVAILABLE : byType;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
      return sql.getNextException();
    }
    return t.getCause();
  }

  private static Kind ofState(SQLException sql) {
    String state = sql.getSQLState();
    if (sql.getErrorCode() == H2_LOCK_TIMEOUT && state != null && state.startsWith("HY")) {
      return Kind.CONFLICT;
    }
    if (state == null) {
      return null;
    }
    switch (state) {
      case "23505": // unique violation
      case "40001": // serialization failure; H2's deadlock
      case "40P01": // deadlock
      case "55P03": // lock not available
      case "HYT00": // H2 lock timeout
      case "90131": // H2 concurrent update of a row
        return Kind.CONFLICT;
      case "57P01": // backend terminated by the administrator
      case "57P02": // crash shutdown
      case "57P03": // cannot connect now
      case "57014": // query cancelled (statement timeout)
        return Kind.UNAVAILABLE;
      default:
        return state.startsWith("08") ? Kind.UNAVAILABLE : null;
    }
  }

  private static Kind ofType(Throwable t) {
    if (t instanceof EntityExistsException
        || t instanceof LockTimeoutException
        || t instanceof PessimisticLockException
        || t instanceof OptimisticLockException
        || t instanceof org.hibernate.StaleStateException
        || t instanceof org.hibernate.NonUniqueObjectException) {
      return Kind.CONFLICT;
    }
    if (t instanceof QueryTimeoutException || t instanceof SQLTimeoutException) {
      return Kind.UNAVAILABLE;
    }
    return null;
  }

  private enum Kind {
    CONFLICT("storage conflict, retry the transaction"),
    UNAVAILABLE("storage unavailable");

    private final String summary;

    Kind(String summary) {
      this.summary = summary;
    }

    String describe(Throwable failure) {
      return summary + ": " + failure.getMessage();
    }
  }
}
