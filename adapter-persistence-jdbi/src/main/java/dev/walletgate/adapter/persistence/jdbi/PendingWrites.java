package dev.walletgate.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  static final class Write {
    private final QueuedSql sql;
    private final Argument[] arguments;
    private final Supplier<String> unlessOneRow;

    private Write(QueuedSql sql, Supplier<String> unlessOneRow) {
      this.sql = sql;
      this.arguments = new Argument[sql.parameterCount()];
      this.unlessOneRow = unlessOneRow;
    }

    Write bind(String name, Argument value) {
      if (!sql.bind(arguments, name, value)) {
        throw new IllegalArgumentException("no parameter :" + name + " in " + sql.positional());
      }
      return this;
    }
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

  /** Sends what is queued; the queue is empty afterwards, whether or not the writes succeeded. */
  void flush(Connection connection) throws SQLException {
    if (queued.isEmpty()) {
      return;
    }
    List<Write> writes = List.copyOf(queued);
    queued.clear();
    if (oneRoundTrip && writes.size() > 1) {
      together(connection, writes);
    } else {
      for (Write write : writes) {
        together(connection, List.of(write));
      }
    }
  }

  private static void together(Connection connection, List<Write> writes) throws SQLException {
    StringBuilder text = new StringBuilder();
    for (Write write : writes) {
      if (!text.isEmpty()) {
        text.append(";\n");
      }
      text.append(write.sql.positional());
    }
    try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
      int position = 1;
      for (Write write : writes) {
        for (Argument argument : write.arguments) {
          if (argument == null) {
            throw new IllegalStateException("unbound parameter in " + write.sql.positional());
          }
          argument.apply(position++, statement, null);
        }
      }
      statement.execute();
      for (int i = 0; i < writes.size(); i++) {
        if (i > 0) {
          statement.getMoreResults();
        }
        Write write = writes.get(i);
        if (write.unlessOneRow != null && statement.getUpdateCount() != 1) {
          throw new IllegalStateException(write.unlessOneRow.get());
        }
      }
    }
  }
}
