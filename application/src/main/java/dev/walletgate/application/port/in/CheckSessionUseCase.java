package dev.walletgate.application.port.in;

import dev.walletgate.domain.outcome.Outcome;

/** Incoming port: a provider checks a session (read only). */
public interface CheckSessionUseCase {
  Outcome checkSession(CheckSessionCommand command);
}
