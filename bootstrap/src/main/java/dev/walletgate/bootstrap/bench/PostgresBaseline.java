package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The baseline's opening on PostgreSQL: BEGIN, the claim and the facts query as one
 * multi-statement, one round trip; pgjdbc sends a prepared multi-statement's parts together and
 * hands back each part's result.
 */
final class PostgresBaseline implements BaselineDialect {
  // Claims the request or, when its id is recorded already, returns the record's fingerprint: the
  // outer query does not see the insert of its own WITH, so the second part finds only an older
  // record.
  private static final String CLAIM =
      BaselineSql.tables(
          "WITH claimed AS (INSERT INTO $.request_records"
              + " (integration, request_id, operation, fingerprint, created_at, subject_key)"
              + " VALUES (?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (integration, request_id) DO NOTHING RETURNING fingerprint)"
              + " SELECT TRUE AS claimed, fingerprint FROM claimed"
              + " UNION ALL SELECT FALSE, fingerprint FROM $.request_records"
              + " WHERE integration = ? AND request_id = ?");

  @Override
  public Opening open(Connection c, Claim claim, Step step) throws SQLException {
    // BEGIN is sent by hand, with the first statements, rather than by pgjdbc on its own (which
    // autocommit off would ask for): the transaction then ends with the COMMIT the writes carry,
    // and no commit call costs a round trip of its own.
    if (!c.getAutoCommit()) {
      throw new IllegalStateException("the baseline expects the pool's autocommit connections");
    }
    BoundSql opening =
        BoundSql.joined(
            List.of(
                BoundSql.of("BEGIN"),
                BoundSql.of(
                    CLAIM,
                    BaselineSql.KYREN,
                    claim.requestId(),
                    claim.operation(),
                    claim.fingerprint(),
                    claim.createdAt(),
                    claim.subject(),
                    BaselineSql.KYREN,
                    claim.requestId()),
                BaselineSql.facts(step)));
    try (PreparedStatement statement = opening.prepare(c)) {
      statement.execute();
      Opening claimed;
      try (ResultSet rows = nextRows(statement)) {
        claimed = BaselineDialect.answer(rows);
      }
      if (!claimed.claimed()) {
        // A duplicate: the facts were read and their rows locked all the same, as the Jdbi
        // adapter does when it sends its claim with its reads; the commit releases them.
        return claimed;
      }
      try (ResultSet rows = nextRows(statement)) {
        return new Opening(true, null, BaselineFacts.read(rows, step.kind()));
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

  // The statement's next result with rows, past the update counts before it (BEGIN's).
  private static ResultSet nextRows(Statement statement) throws SQLException {
    while (!statement.getMoreResults()) {
      if (statement.getUpdateCount() == -1) {
        throw new SQLException("the multi-statement ended before its query");
      }
    }
    return statement.getResultSet();
  }
}
