package dev.walletgate.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.argument.Argument;

/**
 * The writes of one transaction that nothing reads back before the next read or the commit, held
 * until then and sent together. On PostgreSQL they go as one multi-statement in a single round
 * trip, which is where a callback's time goes; H2 runs in-process, so it runs them one by one.
 * Errors surface at the flush, still inside the transaction, and roll it back.
 */
final class PendingWrites {
  /** One queued run of a write statement, bound by parameter name. */
  static final class Write implements Binder {
    private final QueuedSql sql;
    private final Argument[] arguments;
    private final Supplier<String> unlessOneRow;
    private IntConsumer rowCount = count -> {};

    /** A query's parameters, bound like a write's, to run after the queued writes. */
    static Write query(QueuedSql sql) {
      return new Write(sql, null);
    }

    private Write(QueuedSql sql, Supplier<String> unlessOneRow) {
      this.sql = sql;
      this.arguments = new Argument[sql.parameterCount()];
      this.unlessOneRow = unlessOneRow;
    }

    @Override
    public Write bind(String name, Argument value) {
      if (!sql.bind(arguments, name, value)) {
        throw new IllegalArgumentException("no parameter :" + name + " in " + sql.positional());
      }
      return this;
    }

    /** Hands the write's row count, once it ran, to the consumer. */
    Write counted(IntConsumer consumer) {
      this.rowCount = consumer;
      return this;
    }

    int apply(PreparedStatement statement, int firstPosition) throws SQLException {
      int position = firstPosition;
      for (Argument argument : arguments) {
        if (argument == null) {
          throw new IllegalStateException("unbound parameter in " + sql.positional());
        }
        argument.apply(position++, statement, null);
      }
      return position;
    }
  }

  /** A query sent after the queued writes, in the same round trip; reads its rows. */
  interface ReadRows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private final boolean oneRoundTrip;
  private final List<Write> queued = new ArrayList<>();

  PendingWrites(boolean oneRoundTrip) {
    this.oneRoundTrip = oneRoundTrip;
  }

  /**
   * Queues a write.
   *
   * @param unlessOneRow the failure's message when the write must change exactly one row; null when
   *     any count will do
   */
  void add(QueuedSql sql, Supplier<String> unlessOneRow, Function<Write, Write> binding) {
    queued.add(binding.apply(new Write(sql, unlessOneRow)));
  }

  boolean isEmpty() {
    return queued.isEmpty();
  }

  /** Whether queued writes and a query after them share one round trip. */
  boolean oneRoundTrip() {
    return oneRoundTrip;
  }

  /** Sends what is queued; the queue is empty afterwards, whether or not the writes succeeded. */
  void flush(Connection connection) throws SQLException {
    if (queued.isEmpty()) {
      return;
    }
    List<Write> writes = takeAll();
    if (oneRoundTrip && writes.size() > 1) {
      together(connection, writes, List.of(), List.of());
    } else {
      for (Write write : writes) {
        together(connection, List.of(write), List.of(), List.of());
      }
    }
  }

  /**
   * Sends what is queued and then the queries, in one round trip; only where {@link #oneRoundTrip}.
   * Returns what each reader made of its query's rows, in order.
   */
  List<Object> flushWith(Connection connection, List<Write> queries, List<ReadRows<?>> readers)
      throws SQLException {
    if (!oneRoundTrip) {
      throw new IllegalStateException("queued writes and queries share no round trip here");
    }
    return together(connection, takeAll(), queries, readers);
  }

  private List<Write> takeAll() {
    List<Write> writes = List.copyOf(queued);
    queued.clear();
    return writes;
  }

  private static List<Object> together(
      Connection connection, List<Write> writes, List<Write> queries, List<ReadRows<?>> readers)
      throws SQLException {
    StringJoiner text = new StringJoiner(";\n");
    for (Write write : writes) {
      text.add(write.sql.positional());
    }
    for (Write query : queries) {
      text.add(query.sql.positional());
    }
    try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
      int position = 1;
      for (Write write : writes) {
        position = write.apply(statement, position);
      }
      for (Write query : queries) {
        position = query.apply(statement, position);
      }
      statement.execute();
      for (int i = 0; i < writes.size(); i++) {
        if (i > 0) {
          statement.getMoreResults();
        }
        Write write = writes.get(i);
        int count = statement.getUpdateCount();
        if (write.unlessOneRow != null && count != 1) {
          throw new IllegalStateException(write.unlessOneRow.get());
        }
        write.rowCount.accept(count);
      }
      List<Object> read = new ArrayList<>(queries.size());
      for (int i = 0; i < queries.size(); i++) {
        if (i > 0 || !writes.isEmpty()) {
          statement.getMoreResults();
        }
        try (ResultSet result = statement.getResultSet()) {
          read.add(readers.get(i).read(result));
        }
      }
      return read;
    }
  }
}
