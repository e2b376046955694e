package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code wallet_event_cursors}: how far one named consumer has read the feed. */
@Entity
@Table(name = "wallet_event_cursors")
class EventCursorEntity {
  @Id
  @Column(name = "consumer")
  String consumer;

  @Column(name = "position_no", nullable = false)
  long position;

  protected EventCursorEntity() {}

  EventCursorEntity(String consumer, long position) {
    this.consumer = consumer;
    this.position = position;
  }
}
