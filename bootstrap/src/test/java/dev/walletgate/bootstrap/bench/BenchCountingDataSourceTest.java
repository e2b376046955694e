package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's counting DataSource: what it counts as a statement, a commit and a rollback. */
class BenchCountingDataSourceTest {
  private final JdbcDataSource h2 = new JdbcDataSource();
  private CountingDataSource counted;

  @BeforeEach
  void database() throws Exception {
    h2.setURL("jdbc:h2:mem:counting_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    counted = new CountingDataSource(h2);
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
    }
  }

  @Test
  void givenABatchOfThreeRows_count_countsItsExecuteBatchAsOneStatement() throws Exception {
    CountingDataSource.Counted<int[]> batch =
        counted.count(
            () -> {
              try (Connection c = counted.getConnection();
                  PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (int id = 1; id <= 3; id++) {
                  insert.setInt(1, id);
                  insert.addBatch();
                }
                return insert.executeBatch();
              }
            });

    assertThat(batch.result()).containsExactly(1, 1, 1);
    assertThat(batch.counts()).isEqualTo(new CountingDataSource.Counts(1, 0, 0, 0));
  }

  @Test
  void givenATransaction_count_countsEachExecutionAndTheCommitAndRollbackApart() throws Exception {
    CountingDataSource.Counted<Long> work =
        counted.count(
            () -> {
              try (Connection c = counted.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                  s.executeUpdate("INSERT INTO t VALUES (1)");
                  s.execute("INSERT INTO t VALUES (2)");
                }
                c.commit();
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                  p.setInt(1, 3);
                  p.executeUpdate();
                }
                c.rollback();
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM t");
                    ResultSet rs = q.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });

    assertThat(work.result()).isEqualTo(2);
    assertThat(work.counts()).isEqualTo(new CountingDataSource.Counts(4, 1, 1, 0));
    assertThat(work.counts().roundTrips()).isEqualTo(6);
  }

  @Test
  void givenStatementsEndingTheirTransaction_count_countsTheirCommitAndRollbackButNoRoundTrip()
      throws Exception {
    CountingDataSource.Counted<Long> work =
        counted.count(
            () -> {
              try (Connection c = counted.getConnection()) {
                c.setAutoCommit(false);
                // H2 runs a prepared multi-statement's commands in order, the COMMIT last.
                try (PreparedStatement p =
                    c.prepareStatement(
                        "INSERT INTO t VALUES (?);\nINSERT INTO t VALUES (?);\nCOMMIT")) {
                  p.setInt(1, 1);
                  p.setInt(2, 2);
                  p.execute();
                }
                try (Statement s = c.createStatement()) {
                  s.executeUpdate("INSERT INTO t VALUES (3)");
                  s.execute("rollback");
                }
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM t");
                    ResultSet rs = q.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                } finally {
                  c.setAutoCommit(true);
                }
              }
            });

    assertThat(work.result()).isEqualTo(2);
    assertThat(work.counts()).isEqualTo(new CountingDataSource.Counts(4, 1, 1, 2));
    assertThat(work.counts().roundTrips()).isEqualTo(4);
  }

  @Test
  void aCommitInTheMiddleOfTheSql_isNotItsEnd() throws Exception {
    CountingDataSource.Counted<Boolean> work =
        counted.count(
            () -> {
              try (Connection c = counted.getConnection();
                  Statement s = c.createStatement()) {
                return s.execute("INSERT INTO t VALUES (1); COMMIT; SELECT COUNT(*) FROM t");
              }
            });

    assertThat(work.counts()).isEqualTo(new CountingDataSource.Counts(1, 0, 0, 0));
  }

  @Test
  void outsideCount_theConnectionsAreThePoolsOwn_andNothingIsCounted() throws Exception {
    try (Connection c = counted.getConnection()) {
      assertThat(Proxy.isProxyClass(c.getClass())).isFalse();
    }

    CountingDataSource.Counted<Boolean> nothing =
        counted.count(
            () -> {
              try (Connection other = h2.getConnection();
                  Statement s = other.createStatement()) {
                return s.execute("SELECT 1");
              }
            });

    assertThat(nothing.counts()).isEqualTo(new CountingDataSource.Counts(0, 0, 0, 0));
  }

  @Test
  void aCountedConnection_isEqualOnlyToItself() throws Exception {
    counted.count(
        () -> {
          try (Connection a = counted.getConnection();
              Connection b = counted.getConnection()) {
            assertThat(a).isEqualTo(a).isNotEqualTo(b);
            assertThat(a.hashCode()).isEqualTo(a.hashCode());
          }
          return null;
        });
  }
}
