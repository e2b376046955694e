package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.money.Checked;

/** Incoming port: the platform opens a game session. */
public interface OpenSessionUseCase {
  Checked<Session> openSession(OpenSessionCommand command);
}
