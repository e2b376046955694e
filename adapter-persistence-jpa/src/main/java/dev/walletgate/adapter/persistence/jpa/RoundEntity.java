package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code rounds}: a provider's game round and whether it ended. */
@Entity
@Table(name = "rounds")
class RoundEntity {
  @EmbeddedId RoundPk id;

  @Column(name = "state", nullable = false)
  String state;

  protected RoundEntity() {}

  RoundEntity(RoundPk id, String state) {
    this.id = id;
    this.state = state;
  }
}
