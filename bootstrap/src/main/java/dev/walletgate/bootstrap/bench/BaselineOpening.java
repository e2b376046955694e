package dev.walletgate.bootstrap.bench;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the query that opens a callback found.
 *
 * @param claimed whether this call claimed the request; false for a duplicate
 * @param recordedFingerprint a duplicate's recorded fingerprint; null when claimed
 * @param facts the rules' facts when claimed, null for a duplicate
 */
record BaselineOpening(boolean claimed, String recordedFingerprint, BaselineFacts facts) {
  /** Reads the opening query's one row: claimed, recorded, then the facts. */
  static BaselineOpening read(ResultSet row, Step.Kind kind) throws SQLException {
    if (!row.next()) {
      throw new SQLException("the opening query returned no row");
    }
    // The count comes from the claim's own insert, so it holds whichever column the database
    // evaluates first; the recorded fingerprint matters only when the insert took nothing.
    if (row.getLong("claimed") == 1) {
      return new BaselineOpening(true, null, BaselineFacts.read(row, kind));
    }
    String recorded = row.getString("recorded");
    if (recorded == null) {
      // The insert met a claim of a transaction that committed after this query's snapshot
      // (PostgreSQL: ON CONFLICT waited for it; H2: NOT EXISTS saw it).
      throw new SQLException("the request was claimed by a transaction still open");
    }
    return new BaselineOpening(false, recorded, null);
  }
}
