package dev.walletgate.application.port.in;

/** Incoming port: the platform locks or unlocks a player; false if the player is unknown. */
public interface LockPlayerUseCase {
  boolean setLocked(LockPlayerCommand command);
}
