package dev.walletgate.application.port.in;

/** Incoming port: a provider's bet (debit). */
public interface PlaceBetUseCase {
  CallbackResult placeBet(PlaceBetCommand command);
}
