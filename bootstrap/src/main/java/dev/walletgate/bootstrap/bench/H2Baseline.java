package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The baseline's opening on H2: the claim and the facts query as two executions. H2 runs a
 * multi-statement's commands in order but returns only the first one's result, so the claim's
 * answer and the facts cannot come back from one execution; there is no network to save.
 */
final class H2Baseline implements BaselineDialect {
  // Claims the request or, when its id is recorded already, returns the record's fingerprint, in
  // one query: FINAL TABLE gives the inserted row, H2 having no ON CONFLICT outside its
  // PostgreSQL mode. When the second part sees the claim's own insert, both parts return a row.
  private static final String CLAIM =
      BaselineSql.tables(
          "SELECT TRUE AS claimed, fingerprint FROM FINAL TABLE (INSERT INTO $.request_records"
              + " (integration, request_id, operation, fingerprint, created_at, subject_key)"
              + " SELECT CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
              + " CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR)"
              + " WHERE NOT EXISTS (SELECT 1 FROM $.request_records"
              + " WHERE integration = ? AND request_id = ?))"
              + " UNION ALL SELECT FALSE, fingerprint FROM $.request_records"
              + " WHERE integration = ? AND request_id = ?");

  @Override
  public Opening open(Connection c, Claim claim, Step step) throws SQLException {
    c.setAutoCommit(false);
    BoundSql claiming =
        BoundSql.of(
            CLAIM,
            BaselineSql.KYREN,
            claim.requestId(),
            claim.operation(),
            claim.fingerprint(),
            claim.createdAt(),
            claim.subject(),
            BaselineSql.KYREN,
            claim.requestId(),
            BaselineSql.KYREN,
            claim.requestId());
    Opening claimed;
    try (PreparedStatement statement = claiming.prepare(c);
        ResultSet rows = statement.executeQuery()) {
      claimed = BaselineDialect.answer(rows);
    }
    if (!claimed.claimed()) {
      // A duplicate reads and locks nothing more.
      return claimed;
    }
    try (PreparedStatement statement = BaselineSql.facts(step).prepare(c);
        ResultSet rows = statement.executeQuery()) {
      return new Opening(true, null, BaselineFacts.read(rows, step.kind()));
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
