package dev.walletgate.adapter.persistence.jdbi;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Runs prepared SQL strings on one transaction's handle through Jdbi's fluent API, translating
 * database faults where they happen, so that a store call on a taken key raises the port's {@link
 * dev.walletgate.application.port.out.RetryableConflictException} itself, as the ports promise.
 */
final class Sql {
  // The adapter's queries in positional form, for when they ride with queued writes.
  private static final Map<String, QueuedSql> QUERIES = new ConcurrentHashMap<>();

  private final Handle handle;
  private final PendingWrites pending;

  /**
   * @param oneRoundTrip whether queued writes go to the database as one multi-statement
   */
  Sql(Handle handle, boolean oneRoundTrip) {
    this.handle = handle;
    this.pending = new PendingWrites(oneRoundTrip);
  }

  /**
   * Queues a write that nothing in the transaction reads back before its next statement: it is sent
   * with the other queued writes before that statement, or before the commit.
   *
   * @param unlessOneRow the fault's message when the write must change exactly one row, or null
   */
  void later(
      QueuedSql sql,
      Supplier<String> unlessOneRow,
      Function<PendingWrites.Write, PendingWrites.Write> binding) {
    pending.add(sql, unlessOneRow, binding);
  }

  /**
   * Runs a write at once, together with the writes queued before it: for a write that takes a key a
   * concurrent transaction must wait for from this moment on.
   */
  void now(
      QueuedSql sql,
      Supplier<String> unlessOneRow,
      Function<PendingWrites.Write, PendingWrites.Write> binding) {
    pending.add(sql, unlessOneRow, binding);
    flush();
  }

  /**
   * Queues a write whose row count the caller asks for later: where the database takes queued
   * writes and a query in one round trip it rides with the next statement, elsewhere it runs at
   * once.
   */
  void ahead(QueuedSql sql, Function<PendingWrites.Write, PendingWrites.Write> binding) {
    pending.add(sql, null, binding);
    if (!pending.oneRoundTrip()) {
      flush();
    }
  }

  /** Sends the queued writes: before every other statement, and before the commit. */
  void flush() {
    try {
      pending.flush(handle.getConnection());
    } catch (SQLException e) {
      throw SqlFaults.translate(new UnableToExecuteStatementException(e, null));
    }
  }

  /** Runs one read as the plain reads run (after the queued writes). */
  <T> Optional<T> one(Read<T> read) {
    return one(read.sql, read.mapper, read.binding);
  }

  <T> List<T> list(Read<T> read) {
    return list(read.sql, read.mapper, read.binding);
  }

  <T> Optional<T> one(String sql, RowMapper<T> mapper, Function<Binder, Binder> binding) {
    List<T> rows = list(sql, mapper, binding);
    if (rows.size() > 1) {
      throw new IllegalStateException("more than one row for " + sql);
    }
    return rows.stream().findFirst();
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, Function<Binder, Binder> binding) {
    if (!pending.isEmpty() && pending.oneRoundTrip()) {
      return afterQueuedWrites(sql, mapper, binding);
    }
    return listBound(sql, mapper, query -> bound(query, binding));
  }

  /** A query bound through Jdbi's own API (lists), after the queued writes. */
  <T> List<T> listBound(String sql, RowMapper<T> mapper, Function<Query, Query> binding) {
    flush();
    try (Query query = handle.createQuery(sql)) {
      return binding.apply(query).map(mapper).list();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  private static Query bound(Query query, Function<Binder, Binder> binding) {
    binding.apply(
        new Binder() {
          @Override
          public Binder bind(String name, Argument value) {
            query.bind(name, value);
            return this;
          }
        });
    return query;
  }

  // The queued writes and the query in one round trip: a claim costs none of its own.
  private <T> List<T> afterQueuedWrites(
      String sql, RowMapper<T> mapper, Function<Binder, Binder> binding) {
    Read<T> read = new Read<>(sql, mapper, binding);
    all(List.of(read));
    return read.rows();
  }

  /**
   * Runs the queries (after the queued writes), on PostgreSQL all in one round trip, elsewhere one
   * by one; each read then holds its rows.
   */
  void all(List<Read<?>> reads) {
    if (!pending.oneRoundTrip()) {
      for (Read<?> read : reads) {
        read.runAlone(this);
      }
      return;
    }
    List<PendingWrites.Write> queries = new ArrayList<>(reads.size());
    List<PendingWrites.ReadRows<?>> readers = new ArrayList<>(reads.size());
    for (Read<?> read : reads) {
      PendingWrites.Write query = PendingWrites.Write.query(positional(read.sql));
      read.binding.apply(query);
      queries.add(query);
      readers.add(read::map);
    }
    try {
      List<Object> rows = pending.flushWith(handle.getConnection(), queries, readers);
      for (int i = 0; i < reads.size(); i++) {
        reads.get(i).take(rows.get(i));
      }
    } catch (SQLException e) {
      throw SqlFaults.translate(new UnableToExecuteStatementException(e, null));
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  /** A query to run with others in one round trip, by {@link Sql#all}. */
  static final class Read<T> {
    private final String sql;
    private final RowMapper<T> mapper;
    private final Function<Binder, Binder> binding;
    private List<T> rows;

    Read(String sql, RowMapper<T> mapper, Function<Binder, Binder> binding) {
      this.sql = sql;
      this.mapper = mapper;
      this.binding = binding;
    }

    List<T> rows() {
      if (rows == null) {
        throw new IllegalStateException("not read yet: " + sql);
      }
      return rows;
    }

    Optional<T> one() {
      List<T> all = rows();
      if (all.size() > 1) {
        throw new IllegalStateException("more than one row for " + sql);
      }
      return all.stream().findFirst();
    }

    private void runAlone(Sql on) {
      rows = on.listBound(sql, mapper, query -> bound(query, binding));
    }

    private List<T> map(java.sql.ResultSet result) throws SQLException {
      List<T> mapped = new ArrayList<>();
      while (result.next()) {
        mapped.add(mapper.map(result, null));
      }
      return mapped;
    }

    @SuppressWarnings("unchecked")
    private void take(Object read) {
      rows = (List<T>) read;
    }
  }

  private static QueuedSql positional(String sql) {
    QueuedSql known = QUERIES.get(sql);
    if (known == null) {
      known = QueuedSql.of(sql);
      QUERIES.putIfAbsent(sql, known);
    }
    return known;
  }

  long count(String sql, Function<Binder, Binder> binding) {
    return one(sql, Rows.COUNT, binding).orElseThrow();
  }

  int update(String sql, Function<Update, Update> binding) {
    flush();
    try (Update update = handle.createUpdate(sql)) {
      return binding.apply(update).execute();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  /** Runs the statement once per binding, in one JDBC batch; returns each run's row count. */
  int[] batch(String sql, List<Function<PreparedBatch, PreparedBatch>> bindings) {
    if (bindings.isEmpty()) {
      return new int[0];
    }
    flush();
    try (PreparedBatch batch = handle.prepareBatch(sql)) {
      for (Function<PreparedBatch, PreparedBatch> binding : bindings) {
        binding.apply(batch).add();
      }
      return batch.execute();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }
}
