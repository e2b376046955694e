package dev.walletgate.bootstrap;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to drop a connection that H2 reports as broken or closed. HikariCP
 * recognises broken connections by SQLState (class 08 and the like, which PostgreSQL uses); H2
 * reports a lost server with its own error codes, and without this the pool would keep lending dead
 * connections after an H2 server came back.
 */
public final class BrokenConnections implements SQLExceptionOverride {
  private static final Set<Integer> H2_BROKEN =
      Set.of(
          90007, // object closed
          90067, // connection broken
          90098, // database is closed
          90121); // database closed (called at shutdown)

  @java.lang.Override
  public SQLExceptionOverride.Override adjudicate(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && H2_BROKEN.contains(sql.getErrorCode())) {
        return SQLExceptionOverride.Override.MUST_EVICT;
      }
    }
    return SQLExceptionOverride.Override.CONTINUE_EVICT;
  }
}
