package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code ledger_entries}: one immutable balance change, numbered in booking order. */
@Entity
@Table(name = "ledger_entries")
class LedgerEntryEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "entry_no")
  Long entryNo;

  @Column(name = "transaction_id", nullable = false, updatable = false)
  String transactionId;

  @Column(name = "player_id", nullable = false, updatable = false)
  String playerId;

  @Column(name = "currency", nullable = false, updatable = false)
  String currency;

  @Column(name = "kind", nullable = false, updatable = false)
  String kind;

  @Column(name = "amount", nullable = false, updatable = false, precision = 38, scale = 18)
  BigDecimal amount;

  @Column(name = "balance_after", nullable = false, updatable = false, precision = 38, scale = 18)
  BigDecimal balanceAfter;

  @Column(name = "integration", updatable = false)
  String integration;

  @Column(name = "entry_key", nullable = false, updatable = false)
  String entryKey;

  @Column(name = "platform_reference", updatable = false)
  String platformReference;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  protected LedgerEntryEntity() {}
}
