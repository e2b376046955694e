package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.SessionId;

/** Incoming port: the platform closes a game session at once (S4). */
public interface CloseSessionUseCase {
  /** False if the session is unknown. */
  boolean closeSession(SessionId session);
}
