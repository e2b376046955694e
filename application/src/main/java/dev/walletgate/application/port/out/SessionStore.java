package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import java.time.Instant;
import java.util.Optional;

/** Outgoing persistence port for game sessions. */
public interface SessionStore {
  Optional<Session> find(SessionId id);

  /** Inserts a new session; a taken id raises {@link RetryableConflictException}. */
  void insert(Session session);

  /** Records activity, which postpones the idle expiry (S4). */
  void touch(SessionId id, Instant at);

  /** Ends the session at once (S4); false if it is unknown. */
  boolean close(SessionId id);
}
