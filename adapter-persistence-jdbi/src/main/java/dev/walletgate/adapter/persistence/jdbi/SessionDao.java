package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.SessionRow;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the sessions table. */
@RegisterConstructorMapper(SessionRow.class)
interface SessionDao {
  @SqlQuery(
      "SELECT session_id, player_id, currency, state, opened_at, last_seen_at FROM sessions"
          + " WHERE session_id = :id")
  Optional<SessionRow> find(@Bind("id") String id);

  @SqlUpdate(
      "INSERT INTO sessions (session_id, player_id, currency, state, opened_at, last_seen_at)"
          + " VALUES (:id, :player, :currency, :state, :openedAt, :lastSeenAt)")
  void insert(
      @Bind("id") String id,
      @Bind("player") String player,
      @Bind("currency") String currency,
      @Bind("state") String state,
      @Bind("openedAt") Instant openedAt,
      @Bind("lastSeenAt") Instant lastSeenAt);

  @SqlUpdate("UPDATE sessions SET last_seen_at = :at WHERE session_id = :id")
  int touch(@Bind("id") String id, @Bind("at") Instant at);

  @SqlUpdate("UPDATE sessions SET state = :state WHERE session_id = :id")
  int setState(@Bind("id") String id, @Bind("state") String state);
}
