package dev.walletgate.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code request_records}: a provider request claimed once, with its outcome. */
@Entity
@Table(name = "request_records")
class RequestRecordEntity {
  @EmbeddedId RequestPk id;

  @Column(name = "operation", nullable = false)
  String operation;

  @Column(name = "fingerprint", nullable = false)
  String fingerprint;

  @Column(name = "outcome_result")
  String outcomeResult;

  @Column(name = "outcome_transaction_id")
  String outcomeTransactionId;

  @Column(name = "outcome_balance", precision = 38, scale = 18)
  BigDecimal outcomeBalance;

  @Column(name = "outcome_currency")
  String outcomeCurrency;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "subject_key")
  String subjectKey;

  protected RequestRecordEntity() {}
}
