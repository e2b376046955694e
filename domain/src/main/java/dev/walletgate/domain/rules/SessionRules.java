package dev.walletgate.domain.rules;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.outcome.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** S1, S4: whether a session lets a player bet, check or read a balance. */
public final class SessionRules {
  private static final Duration MAX_TOUCH_INTERVAL = Duration.ofSeconds(1);

  private SessionRules() {}

  /**
   * S4: what a provider's session expiry does: an active session of the player is closed, any other
   * state is left as it is; a session of another player is refused. It books no money.
   */
  public static Decision expire(PlayerId player, SessionId id, Optional<Session> session) {
    if (session.isPresent() && !session.get().player().equals(player)) {
      return new Decision.Refused(Refusal.INVALID_SESSION, Optional.empty());
    }
    List<Effect> effects =
        session.filter(s -> s.state() == SessionState.ACTIVE).isPresent()
            ? List.of(new Effect.SessionClosed(id))
            : List.of();
    return new Decision.Booked(Optional.empty(), effects, Optional.empty());
  }

  /**
   * S4: whether activity at {@code now} must write the session's last-seen time. Not when it was
   * written less than a second ago (or 1% of the idle time, if that is shorter): a busy player's
   * bets do not each rewrite the session row, and the session idles out at most that much early.
   */
  public static boolean touchDue(Session session, Instant now, Duration idleTimeout) {
    Duration interval = idleTimeout.dividedBy(100);
    if (interval.compareTo(MAX_TOUCH_INTERVAL) > 0) {
      interval = MAX_TOUCH_INTERVAL;
    }
    return !now.isBefore(session.lastSeenAt().plus(interval));
  }

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
