package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The baseline on PostgreSQL: BEGIN and the opening query as one multi-statement, one round trip
 * (pgjdbc sends a prepared multi-statement's parts together and hands back each part's result); the
 * writes and COMMIT as another.
 */
final class PostgresBaseline implements BaselineDialect {
  // The claim as the opening query's WITH: its rows are not visible to the query's own subqueries,
  // so the recorded fingerprint beside it is an older record's, or null.
  private static final String CLAIMED =
      BaselineSql.tables(
          "WITH claim AS (INSERT INTO $.request_records"
              + " (integration, request_id, operation, fingerprint, created_at, subject_key)"
              + " VALUES (?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (integration, request_id) DO NOTHING RETURNING 1)"
              + " SELECT (SELECT COUNT(*) FROM claim) AS claimed");

  @Override
  public BaselineOpening open(Connection c, Claim claim, Step step) throws SQLException {
    // BEGIN is sent by hand, with the opening query, rather than by pgjdbc on its own (which
    // autocommit off would ask for): the transaction then ends with the COMMIT the writes carry,
    // and no commit call costs a round trip of its own.
    if (!c.getAutoCommit()) {
      throw new IllegalStateException("the baseline expects the pool's autocommit connections");
    }
    BoundSql claimed =
        BoundSql.of(
            CLAIMED,
            BaselineSql.KYREN,
            claim.requestId(),
            claim.operation(),
            claim.fingerprint(),
            claim.createdAt(),
            claim.subject());
    BoundSql opening =
        BoundSql.joined(List.of(BoundSql.of("BEGIN"), BaselineSql.opening(claimed, step)));
    try (PreparedStatement statement = opening.prepare(c)) {
      statement.execute();
      // Past BEGIN's result to the query's.
      if (!statement.getMoreResults()) {
        throw new SQLException("the opening query returned no rows");
      }
      try (ResultSet row = statement.getResultSet()) {
        return BaselineOpening.read(row, step.kind());
      }
    }
  }

  @Override
  public void abort(Connection c) throws SQLException {
    // Autocommit is on, so Connection.rollback would refuse: the transaction BEGIN opened ends by
    // ROLLBACK (a warning, no error, when it is over already).
    try (Statement statement = c.createStatement()) {
      statement.execute("ROLLBACK");
    }
  }

  @Override
  public void release(Connection c) {
    // Autocommit was never turned off.
  }
}
