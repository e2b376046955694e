package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.SessionRow;
import java.time.Instant;
import java.util.Optional;

/** SQL of the sessions table. */
final class SessionDao {
  private static final String FIND =
      "SELECT session_id, player_id, currency, state, opened_at, last_seen_at FROM sessions"
          + " WHERE session_id = :id";
  private static final String INSERT =
      "INSERT INTO sessions (session_id, player_id, currency, state, opened_at, last_seen_at)"
          + " VALUES (:id, :player, :currency, :state, :openedAt, :lastSeenAt)";
  private static final String TOUCH =
      "UPDATE sessions SET last_seen_at = :at WHERE session_id = :id";
  private static final String SET_STATE =
      "UPDATE sessions SET state = :state WHERE session_id = :id";

  private final Sql sql;

  SessionDao(Sql sql) {
    this.sql = sql;
  }

  Optional<SessionRow> find(String id) {
    return sql.one(FIND, Rows.SESSION, q -> q.bind("id", text(id)));
  }

  void insert(
      String id,
      String player,
      String currency,
      String state,
      Instant openedAt,
      Instant lastSeenAt) {
    sql.update(
        INSERT,
        u ->
            u.bind("id", text(id))
                .bind("player", text(player))
                .bind("currency", text(currency))
                .bind("state", text(state))
                .bind("openedAt", instant(openedAt))
                .bind("lastSeenAt", instant(lastSeenAt)));
  }

  int touch(String id, Instant at) {
    return sql.update(TOUCH, u -> u.bind("id", text(id)).bind("at", instant(at)));
  }

  int setState(String id, String state) {
    return sql.update(SET_STATE, u -> u.bind("id", text(id)).bind("state", text(state)));
  }
}
