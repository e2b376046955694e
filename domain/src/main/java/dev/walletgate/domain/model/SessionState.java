package dev.walletgate.domain.model;

/** A session is active until it is closed or expires (S4). */
public enum SessionState {
  ACTIVE,
  CLOSED
}
