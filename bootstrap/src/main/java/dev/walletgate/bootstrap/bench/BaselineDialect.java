package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * How the baseline opens a callback's transaction on one database, claims the request (or finds its
 * record) and reads the rules' facts in as few executions as that database allows; the writes and
 * the commit then go as one multi-statement on both ({@link BaselineWrites}).
 */
interface BaselineDialect {
  /**
   * What the opening found.
   *
   * @param claimed whether this call claimed the request; false for a duplicate
   * @param recordedFingerprint a duplicate's recorded fingerprint; null when claimed
   * @param facts the rules' facts when claimed, null for a duplicate
   */
  record Opening(boolean claimed, String recordedFingerprint, BaselineFacts facts) {}

  /** The request record a callback claims. */
  record Claim(
      String requestId,
      String operation,
      String fingerprint,
      OffsetDateTime createdAt,
      String subject) {}

  /** Opens the transaction, claims the request or finds its record, reads the facts if claimed. */
  Opening open(Connection c, Claim claim, Step step) throws SQLException;

  /** Ends the transaction after a failure. */
  void abort(Connection c) throws SQLException;

  /** Leaves the connection as the pool gave it, once the transaction ended. */
  void release(Connection c) throws SQLException;

  /** The dialect of the pool's database, from its connection's metadata. */
  static BaselineDialect of(DataSource pool) throws SQLException {
    String product;
    try (Connection c = pool.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    }
    return switch (product) {
      case "PostgreSQL" -> new PostgresBaseline();
      case "H2" -> new H2Baseline();
      default -> throw new IllegalArgumentException("the baseline does not run on " + product);
    };
  }

  /**
   * Reads a claim query's rows, (claimed, fingerprint): a row claimed true when the insert took the
   * request, a row claimed false with the fingerprint of a record already there. Either may come
   * alone or, where the second part sees the first's insert, both.
   */
  static Opening answer(ResultSet rows) throws SQLException {
    boolean claimed = false;
    String recorded = null;
    while (rows.next()) {
      if (rows.getBoolean(1)) {
        claimed = true;
      } else {
        recorded = rows.getString(2);
      }
    }
    if (!claimed && recorded == null) {
      // PostgreSQL: ON CONFLICT waited for a transaction that had claimed the request, and it
      // committed after this statement's snapshot was taken.
      throw new SQLException("the request was claimed by a transaction still open");
    }
    return new Opening(claimed, claimed ? null : recorded, null);
  }
}
