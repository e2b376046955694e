package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** S1, S4: whether a session lets a player bet, check or read a balance. */
public final class SessionRules {
  private SessionRules() {}

  /** True if the session exists, belongs to the player, is not closed and has not idled out. */
  public static boolean isActiveFor(
      Optional<Session> session, PlayerId player, Instant now, Duration idleTimeout) {
    return session
        .filter(s -> s.player().equals(player))
        .filter(s -> s.state() == SessionState.ACTIVE)
        .filter(s -> !now.isAfter(s.lastSeenAt().plus(idleTimeout)))
        .isPresent();
  }
}
