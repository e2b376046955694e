package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Row of {@code bet_limits}: a player's bet limits in one currency; a null limit is no limit, a
 * null {@code *PendingFrom} nothing pending.
 */
@Entity
@Table(name = "bet_limits")
class BetLimitsEntity {
  @EmbeddedId AccountPk id;

  @Column(name = "stake_limit", precision = 38, scale = 18)
  BigDecimal stakeLimit;

  @Column(name = "stake_pending", precision = 38, scale = 18)
  BigDecimal stakePending;

  @Column(name = "stake_pending_from")
  Instant stakePendingFrom;

  @Column(name = "daily_loss_limit", precision = 38, scale = 18)
  BigDecimal dailyLossLimit;

  @Column(name = "daily_loss_pending", precision = 38, scale = 18)
  BigDecimal dailyLossPending;

  @Column(name = "daily_loss_pending_from")
  Instant dailyLossPendingFrom;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected BetLimitsEntity() {}

  BetLimitsEntity(AccountPk id) {
    this.id = id;
  }
}
