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
}
