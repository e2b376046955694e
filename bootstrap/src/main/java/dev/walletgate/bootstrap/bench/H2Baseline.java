package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baseline on H2: the opening query in a transaction begun by turning autocommit off (H2 has no
 * network round trip to save, only executions); the writes and COMMIT as one multi-statement.
 */
final class H2Baseline implements BaselineDialect {
  // The claim as a subquery over its insert's FINAL TABLE: H2 has no ON CONFLICT outside its
  // PostgreSQL mode, so the insert is guarded by NOT EXISTS, as the adapters' claim is. A column,
  // not a UNION with the record's read: H2 keeps no UNION prepared, and parsing it on every call
  // cost more than the execution it saved.
  private static final String CLAIMED =
      BaselineSql.tables(
          "SELECT (SELECT COUNT(*) FROM FINAL TABLE (INSERT INTO $.request_records"
              + " (integration, request_id, operation, fingerprint, created_at, subject_key)"
              + " SELECT CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
              + " CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR)"
              + " WHERE NOT EXISTS (SELECT 1 FROM $.request_records"
              + " WHERE integration = ? AND request_id = ?))) AS claimed");

  @Override
  public BaselineOpening open(Connection c, Claim claim, Step step) throws SQLException {
    c.setAutoCommit(false);
    BoundSql claimed =
        BoundSql.of(
            CLAIMED,
            BaselineSql.KYREN,
            claim.requestId(),
            claim.operation(),
            claim.fingerprint(),
            claim.createdAt(),
            claim.subject(),
            BaselineSql.KYREN,
            claim.requestId());
    try (PreparedStatement statement = BaselineSql.opening(claimed, step).prepare(c);
        ResultSet row = statement.executeQuery()) {
      return BaselineOpening.read(row, step.kind());
    }
  }

  @Override
  public void abort(Connection c) throws SQLException {
    c.rollback();
  }

  @Override
  public void release(Connection c) throws SQLException {
    c.setAutoCommit(true);
  }
}
