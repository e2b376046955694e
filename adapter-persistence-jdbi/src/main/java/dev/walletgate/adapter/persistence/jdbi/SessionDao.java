package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.SessionRow;
import java.time.Instant;
import java.util.Optional;

/** SQL of the sessions table. */
final class SessionDao {
  /** This DAO's SQL with its table in one schema, built once per adapter. */
  static final class Statements {
    private final String find;
    private final String insert;
    private final QueuedSql touch;
    private final String setState;

    Statements(String schema) {
      String sessions = schema + ".sessions";
      find =
          "SELECT session_id, player_id, currency, state, opened_at, last_seen_at FROM "
              + sessions
              + " WHERE session_id = :id";
      insert =
          "INSERT INTO "
              + sessions
              + " (session_id, player_id, currency, state, opened_at, last_seen_at)"
              + " VALUES (:id, :player, :currency, :state, :openedAt, :lastSeenAt)";
      touch = QueuedSql.of("UPDATE " + sessions + " SET last_seen_at = :at WHERE session_id = :id");
      setState = "UPDATE " + sessions + " SET state = :state WHERE session_id = :id";
    }
  }

  private final Statements statements;
  private final Sql sql;

  SessionDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  Sql.Read<SessionRow> findRead(String id) {
    return new Sql.Read<>(statements.find, Rows.SESSION, q -> q.bind("id", text(id)));
  }

  Optional<SessionRow> find(String id) {
    return sql.one(findRead(id));
  }

  void insert(
      String id,
      String player,
      String currency,
      String state,
      Instant openedAt,
      Instant lastSeenAt) {
    sql.update(
        statements.insert,
        u ->
            u.bind("id", text(id))
                .bind("player", text(player))
                .bind("currency", text(currency))
                .bind("state", text(state))
                .bind("openedAt", instant(openedAt))
                .bind("lastSeenAt", instant(lastSeenAt)));
  }

  void touch(String id, Instant at) {
    sql.later(statements.touch, null, u -> u.bind("id", text(id)).bind("at", instant(at)));
  }

  int setState(String id, String state) {
    return sql.update(statements.setState, u -> u.bind("id", text(id)).bind("state", text(state)));
  }
}
