package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row of {@code wallet_event_sequencer}: its lock serializes sequencing, and it keeps the
 * highest position ever given.
 */
@Entity
@Table(name = "wallet_event_sequencer")
class EventSequencerEntity {
  /** The id of the one row, inserted by the migration. */
  static final int ID = 1;

  @Id
  @Column(name = "sequencer_id")
  Integer sequencerId;

  @Column(name = "last_position", nullable = false)
  long lastPosition;

  protected EventSequencerEntity() {}
}
