package dev.walletgate.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/** SQL text with the values of its positional parameters, in the order they appear. */
record BoundSql(String text, List<Object> values) {
  static BoundSql of(String text, Object... values) {
    // Arrays.asList, not List.of: a value may be null.
    return new BoundSql(text, Collections.unmodifiableList(Arrays.asList(values)));
  }

  /** The parts as one multi-statement, run in order. */
  static BoundSql joined(List<BoundSql> parts) {
    StringJoiner text = new StringJoiner(";\n");
    List<Object> values = new ArrayList<>();
    for (BoundSql part : parts) {
      text.add(part.text);
      values.addAll(part.values);
    }
    return new BoundSql(text.toString(), Collections.unmodifiableList(values));
  }

  /** A statement of the text with the values bound; the caller closes it. */
  PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement statement = c.prepareStatement(text);
    try {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value == null) {
          // Untyped: the server takes the column's type.
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, value);
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
