package dev.walletgate.domain.model;

/** A round is open until the provider ends it (R1, R2). */
public enum RoundState {
  OPEN,
  ENDED
}
