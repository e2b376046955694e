package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code players}: the player and the lock that blocks its bets (B5). */
@Entity
@Table(name = "players")
class PlayerEntity {
  @Id
  @Column(name = "player_id")
  String playerId;

  @Column(name = "locked", nullable = false)
  boolean locked;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected PlayerEntity() {}

  PlayerEntity(String playerId, boolean locked, Instant createdAt) {
    this.playerId = playerId;
    this.locked = locked;
    this.createdAt = createdAt;
  }
}
