package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code accounts}: a player's balance in one currency. */
@Entity
@Table(name = "accounts")
class AccountEntity {
  @EmbeddedId AccountPk id;

  @Column(name = "balance", nullable = false, precision = 38, scale = 18)
  BigDecimal balance;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected AccountEntity() {}

  AccountEntity(AccountPk id, BigDecimal balance, Instant createdAt) {
    this.id = id;
    this.balance = balance;
    this.createdAt = createdAt;
  }
}
