package dev.walletgate.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a TIMESTAMP WITH TIME ZONE column as the {@link Instant} it denotes. */
final class InstantColumnMapper implements ColumnMapper<Instant> {
  @Override
  public Instant map(ResultSet rows, int column, StatementContext context) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
