package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.application.port.out.RetryableConflictException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Queued writes: sent before the next statement or the commit, together in one round trip on
 * PostgreSQL, one by one on H2, with their row-count checks and faults at the flush.
 */
class PendingWritesTest {
  private PostgresTestDatabase postgres;
  private Connection connection;
  private final AtomicInteger prepared = new AtomicInteger();
  private QueuedSql insert;
  private QueuedSql update;

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void onPostgres_queuedWrites_goInOneStatement() throws SQLException {
    Sql sql = open(true);

    queueRows(sql, 1, 2, 3);
    assertThat(prepared).hasValue(0);
    sql.flush();

    assertThat(prepared).hasValue(1);
    assertThat(rows()).isEqualTo(3);
  }

  @Test
  void onPostgres_aQueryAfterQueuedWrites_goesInTheSameStatement() throws SQLException {
    Sql sql = open(true);
    queueRows(sql, 1, 2);

    long rows =
        sql.count(
            "SELECT count(*) FROM " + table() + " WHERE v = :v", q -> q.bind("v", integer(0)));

    assertThat(rows).isEqualTo(2);
    assertThat(prepared).hasValue(1);
  }

  @Test
  void onPostgres_aWriteSentAhead_isAnsweredByTheNextQuery() throws SQLException {
    Sql sql = open(true);
    AtomicInteger count = new AtomicInteger(-1);
    sql.ahead(insert, w -> w.counted(count::set).bind("k", integer(1)).bind("v", integer(0)));
    assertThat(count).hasValue(-1);

    sql.count("SELECT count(*) FROM " + table(), q -> q);

    assertThat(count).hasValue(1);
    assertThat(prepared).hasValue(1);
  }

  @Test
  void onH2_aWriteSentAhead_runsAtOnce() throws SQLException {
    Sql sql = open(false);
    AtomicInteger count = new AtomicInteger(-1);

    sql.ahead(insert, w -> w.counted(count::set).bind("k", integer(1)).bind("v", integer(0)));

    assertThat(count).hasValue(1);
  }

  @Test
  void onH2_queuedWrites_goOneByOne() throws SQLException {
    Sql sql = open(false);

    queueRows(sql, 1, 2, 3);
    sql.flush();

    assertThat(prepared).hasValue(3);
    assertThat(rows()).isEqualTo(3);
  }

  @Test
  void onPostgres_aRead_seesTheWritesQueuedBeforeIt() throws SQLException {
    Sql sql = open(true);
    queueRows(sql, 1, 2);

    assertThat(sql.count("SELECT count(*) FROM " + table(), q -> q)).isEqualTo(2);
  }

  @Test
  void onPostgres_aWriteThatMustChangeOneRowAndChangesNone_failsAtTheFlush() throws SQLException {
    Sql sql = open(true);
    queueRows(sql, 1);
    sql.later(update, () -> "no row 9", w -> w.bind("k", integer(9)).bind("v", integer(1)));

    assertThatThrownBy(sql::flush).isInstanceOf(IllegalStateException.class).hasMessage("no row 9");
  }

  @Test
  void onH2_aWriteThatMustChangeOneRowAndChangesNone_failsAtTheFlush() throws SQLException {
    Sql sql = open(false);
    sql.later(update, () -> "no row 9", w -> w.bind("k", integer(9)).bind("v", integer(1)));

    assertThatThrownBy(sql::flush).isInstanceOf(IllegalStateException.class).hasMessage("no row 9");
  }

  @Test
  void onPostgres_aTakenKeyInTheQueue_isAConflictAtTheFlush() throws SQLException {
    Sql sql = open(true);
    queueRows(sql, 1, 1);

    assertThatThrownBy(sql::flush).isInstanceOf(RetryableConflictException.class);
  }

  @Test
  void afterAFlush_theQueueIsEmpty() throws SQLException {
    Sql sql = open(true);
    queueRows(sql, 1, 2);
    sql.flush();
    sql.flush();

    assertThat(prepared).hasValue(1);
  }

  @Test
  void now_sendsTheWriteWithThoseQueuedBeforeIt() throws SQLException {
    Sql sql = open(true);
    queueRows(sql, 1);

    sql.now(insert, null, w -> w.bind("k", integer(2)).bind("v", integer(0)));

    assertThat(prepared).hasValue(1);
    assertThat(rows()).isEqualTo(2);
  }

  private void queueRows(Sql sql, int... keys) {
    for (int key : keys) {
      sql.later(insert, null, w -> w.bind("k", integer(key)).bind("v", integer(0)));
    }
  }

  private Sql open(boolean onPostgres) throws SQLException {
    String url;
    if (onPostgres) {
      postgres = PostgresTestDatabase.create();
      url = postgres.jdbcUrl();
    } else {
      url = "jdbc:h2:mem:pw" + UUID.randomUUID().toString().replace("-", "");
    }
    connection = DriverManager.getConnection(url);
    try (var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + table() + " (k INTEGER PRIMARY KEY, v INTEGER)");
    }
    connection.setAutoCommit(false);
    insert = QueuedSql.of("INSERT INTO " + table() + " (k, v) VALUES (:k, :v)");
    update = QueuedSql.of("UPDATE " + table() + " SET v = :v WHERE k = :k");
    Handle handle = Jdbi.create(() -> counting(connection)).open();
    return new Sql(handle, onPostgres);
  }

  private String table() {
    return (postgres == null ? "" : postgres.schema() + ".") + "queued";
  }

  private int rows() throws SQLException {
    try (var statement = connection.createStatement();
        var result = statement.executeQuery("SELECT count(*) FROM " + table())) {
      result.next();
      return result.getInt(1);
    }
  }

  // Counts the statements the writes prepare: one per round trip of queued writes.
  private Connection counting(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")) {
                prepared.incrementAndGet();
              }
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
