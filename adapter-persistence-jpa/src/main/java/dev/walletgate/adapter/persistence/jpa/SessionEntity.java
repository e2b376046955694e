package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code sessions}: a game session the operator opened. */
@Entity
@Table(name = "sessions")
class SessionEntity {
  @Id
  @Column(name = "session_id")
  String sessionId;

  @Column(name = "player_id", nullable = false)
  String playerId;

  @Column(name = "currency", nullable = false)
  String currency;

  @Column(name = "state", nullable = false)
  String state;

  @Column(name = "opened_at", nullable = false)
  Instant openedAt;

  @Column(name = "last_seen_at", nullable = false)
  Instant lastSeenAt;

  protected SessionEntity() {}
}
