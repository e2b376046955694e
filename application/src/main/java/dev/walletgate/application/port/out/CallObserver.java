package dev.walletgate.application.port.out;

/**
 * Outgoing port told about every provider callback once it is answered (for logs and metrics).
 * Implementations must be fast and must never throw; they never see secrets or tokens.
 */
@FunctionalInterface
public interface CallObserver {
  /** Observes nothing. */
  CallObserver NONE = report -> {};

  void observed(CallReport report);

  /** A transaction met a retryable conflict and is tried again (bounded, see the services). */
  default void retried() {}
}
