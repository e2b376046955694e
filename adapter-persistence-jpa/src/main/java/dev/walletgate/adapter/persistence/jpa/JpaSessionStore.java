package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import java.time.Instant;
import java.util.Optional;

/** Game sessions on JPA, bound to one transaction. */
final class JpaSessionStore implements SessionStore {
  private final TransactionScope scope;

  JpaSessionStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<Session> find(SessionId id) {
    return scope.guard(() -> scope.read(SessionEntity.class, id.value(), EntityMapper::session));
  }

  @Override
  public void insert(Session session) {
    scope.run(() -> scope.insert(EntityMapper.entity(session)));
  }

  @Override
  public void touch(SessionId id, Instant at) {
    scope.run(
        () -> {
          SessionEntity row = scope.locked(SessionEntity.class, id.value());
          if (row != null) {
            row.lastSeenAt = at;
          }
        });
  }

  @Override
  public boolean close(SessionId id) {
    return scope.guard(
        () -> {
          SessionEntity row = scope.locked(SessionEntity.class, id.value());
          if (row == null) {
            return false;
          }
          row.state = SessionState.CLOSED.name();
          return true;
        });
  }
}
