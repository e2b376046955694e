package dev.walletgate.application.port.in;

/** Incoming port: a provider reports a session expired. */
public interface SessionExpiredUseCase {
  CallbackResult sessionExpired(SessionExpiredCommand command);
}
