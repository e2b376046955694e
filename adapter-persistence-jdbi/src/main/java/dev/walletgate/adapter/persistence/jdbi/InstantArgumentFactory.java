package dev.walletgate.adapter.persistence.jdbi;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds an {@link Instant} to a TIMESTAMP WITH TIME ZONE column as a UTC {@link
 * java.time.OffsetDateTime}, so that neither the JVM's nor the session's time zone can shift it.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
  InstantArgumentFactory() {
    super(Types.TIMESTAMP_WITH_TIMEZONE);
  }

  @Override
  protected Argument build(Instant value, ConfigRegistry config) {
    return (position, statement, context) ->
        statement.setObject(position, value.atOffset(ZoneOffset.UTC));
  }
}
