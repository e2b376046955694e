package dev.walletgate.application.port.in;

/** Incoming port: a provider cancels a bet (the seeds' Cancel calls). */
public interface CancelBetUseCase {
  CallbackResult cancelBet(CancelBetCommand command);
}
