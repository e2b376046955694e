package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Row of {@code wallet_events}: one event of the feed, numbered at insert for sequencing only, and
 * given its position in the feed after commit.
 */
@Entity
@Table(name = "wallet_events")
class WalletEventEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "insertion_no")
  Long insertionNo;

  @Column(name = "event_id", nullable = false, updatable = false)
  String eventId;

  // The only column that changes, once: an update of the row writes no other.
  @Column(name = "position_no")
  Long position;

  @Column(name = "event_kind", nullable = false, updatable = false)
  String kind;

  @Column(name = "player_id", nullable = false, updatable = false)
  String playerId;

  @Column(name = "currency", updatable = false)
  String currency;

  @Column(name = "amount", updatable = false, precision = 38, scale = 18)
  BigDecimal amount;

  @Column(name = "balance_after", updatable = false, precision = 38, scale = 18)
  BigDecimal balanceAfter;

  @Column(name = "integration", updatable = false)
  String integration;

  @Column(name = "event_key", updatable = false)
  String eventKey;

  @Column(name = "transaction_id", updatable = false)
  String transactionId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  Instant occurredAt;

  protected WalletEventEntity() {}
}
