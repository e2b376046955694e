package dev.walletgate.domain.effect;

import dev.walletgate.domain.model.OperatorTransactionId;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * When a call is booked, and where its operator transaction id comes from: the configured clock's
 * instant and id source, handed to the rules so that the effects they build carry them.
 */
public record Stamp(Instant at, Supplier<OperatorTransactionId> transactionIds) {
  public Stamp {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(transactionIds, "transactionIds");
  }

  /** A fresh operator transaction id, drawn only when a call books something. */
  public OperatorTransactionId nextTransaction() {
    return transactionIds.get();
  }
}
