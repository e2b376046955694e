package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code bets}: a booked bet, or the void that claimed its key first. */
@Entity
@Table(name = "bets")
class BetEntity {
  @EmbeddedId BetPk id;

  @Column(name = "player_id", nullable = false)
  String playerId;

  @Column(name = "currency")
  String currency;

  @Column(name = "stake", precision = 38, scale = 18)
  BigDecimal stake;

  @Column(name = "round_id")
  String roundId;

  @Column(name = "session_id")
  String sessionId;

  @Column(name = "state", nullable = false)
  String state;

  @Column(name = "debit_transaction_id")
  String debitTransactionId;

  @Column(name = "cancel_transaction_id")
  String cancelTransactionId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected BetEntity() {}
}
