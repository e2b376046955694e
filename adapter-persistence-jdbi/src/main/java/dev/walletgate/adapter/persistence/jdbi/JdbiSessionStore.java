package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.SessionRow;
import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.Optional;

/** Jdbi persistence adapter for game sessions. */
final class JdbiSessionStore implements SessionStore {
  private final SessionDao dao;

  JdbiSessionStore(SessionDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<Session> find(SessionId id) {
    return dao.find(id.value()).map(JdbiSessionStore::session);
  }

  @Override
  public void insert(Session session) {
    dao.insert(
        session.id().value(),
        session.player().value(),
        session.currency().value(),
        session.state().name(),
        session.openedAt(),
        session.lastSeenAt());
  }

  @Override
  public void touch(SessionId id, Instant at) {
    dao.touch(id.value(), at);
  }

  @Override
  public boolean close(SessionId id) {
    return dao.setState(id.value(), SessionState.CLOSED.name()) > 0;
  }

  static Session session(SessionRow row) {
    return new Session(
        new SessionId(row.sessionId()),
        new PlayerId(row.playerId()),
        new CurrencyCode(row.currency()),
        SessionState.valueOf(row.state()),
        row.openedAt(),
        row.lastSeenAt());
  }
}
