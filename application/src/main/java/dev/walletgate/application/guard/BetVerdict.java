package dev.walletgate.application.guard;

import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;

/** A bet guard's answer (G2): the bet may be booked, or it is refused, and why. */
public enum BetVerdict {
  /** The bet is booked as the rules decided. */
  ALLOW,
  /** One of the player's limits would be passed: {@code BET_LIMIT_REACHED}. */
  LIMIT_REACHED,
  /** Any other reason not to take the bet: {@code BET_NOT_ALLOWED}. */
  NOT_ALLOWED;

  /** The refusal the bet is answered with; empty for {@link #ALLOW}. */
  public Optional<Refusal> refusal() {
    return switch (this) {
      case ALLOW -> Optional.empty();
      case LIMIT_REACHED -> Optional.of(Refusal.BET_LIMIT_REACHED);
      case NOT_ALLOWED -> Optional.of(Refusal.BET_NOT_ALLOWED);
    };
  }
}
