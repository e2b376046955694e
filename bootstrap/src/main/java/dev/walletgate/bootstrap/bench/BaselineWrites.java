package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A callback's writes, which nothing reads back, sent with the transaction's COMMIT as one
 * multi-statement: one round trip on PostgreSQL, one execution on H2 (both run the parts in order
 * and stop at the first failure, before the COMMIT).
 */
final class BaselineWrites {
  private static final BoundSql COMMIT = BoundSql.of("COMMIT");

  private final List<BoundSql> writes = new ArrayList<>();

  void add(BoundSql write) {
    writes.add(write);
  }

  /** Sends the writes and the COMMIT; a duplicate's transaction, with no writes, only commits. */
  void commit(Connection c) throws SQLException {
    writes.add(COMMIT);
    try (PreparedStatement statement = BoundSql.joined(writes).prepare(c)) {
      statement.execute();
    }
  }
}
