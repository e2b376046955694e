package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code wins}: a credit booked once per win key. */
@Entity
@Table(name = "wins")
class WinEntity {
  @EmbeddedId WinPk id;

  @Column(name = "player_id", nullable = false)
  String playerId;

  @Column(name = "currency", nullable = false)
  String currency;

  @Column(name = "amount", nullable = false, precision = 38, scale = 18)
  BigDecimal amount;

  @Column(name = "round_id", nullable = false)
  String roundId;

  @Column(name = "transaction_id", nullable = false)
  String transactionId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "win_part", precision = 38, scale = 18)
  BigDecimal winPart;

  @Column(name = "jackpot_part", precision = 38, scale = 18)
  BigDecimal jackpotPart;

  protected WinEntity() {}
}
