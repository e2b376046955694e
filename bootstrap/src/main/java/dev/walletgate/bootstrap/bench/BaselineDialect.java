package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * How the baseline opens a callback's transaction on one database and runs its opening query (the
 * request claim and the rules' facts, {@link BaselineSql#opening}) in one execution; the writes and
 * the COMMIT then go as one multi-statement on both ({@link BaselineWrites}).
 */
interface BaselineDialect {
  /** The request record a callback claims. */
  record Claim(
      String requestId,
      String operation,
      String fingerprint,
      OffsetDateTime createdAt,
      String subject) {}

  /** Opens the transaction, claims the request or finds its record, reads the facts. */
  BaselineOpening open(Connection c, Claim claim, Step step) throws SQLException;

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
}
