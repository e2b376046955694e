package dev.walletgate.adapter.persistence.jdbi;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/**
 * Explicitly typed statement arguments: binding an {@link Argument} skips Jdbi's argument-factory
 * lookup (a shared cache that contends under load) and states each column's SQL type.
 */
final class Args {
  private Args() {}

  static Argument text(String value) {
    return value == null
        ? (position, statement, context) -> statement.setNull(position, Types.VARCHAR)
        : (position, statement, context) -> statement.setString(position, value);
  }

  static Argument decimal(BigDecimal value) {
    return value == null
        ? (position, statement, context) -> statement.setNull(position, Types.NUMERIC)
        : (position, statement, context) -> statement.setBigDecimal(position, value);
  }

  /** A TIMESTAMP WITH TIME ZONE as a UTC offset date-time, whatever the JVM's or session's zone. */
  static Argument instant(Instant value) {
    return value == null
        ? (position, statement, context) ->
            statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE)
        : (position, statement, context) ->
            statement.setObject(position, value.atOffset(ZoneOffset.UTC));
  }

  static Argument integer(int value) {
    return (position, statement, context) -> statement.setInt(position, value);
  }

  static Argument bool(boolean value) {
    return (position, statement, context) -> statement.setBoolean(position, value);
  }
}
