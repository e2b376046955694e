package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundState;
import java.util.List;
import java.util.Optional;

/** R1, R2: ending a round settles its open bets; ending it again changes nothing. */
public final class RoundRules {
  private RoundRules() {}

  /** True if the round still has to be ended (it is unknown or open). */
  public static boolean needsEnding(Optional<Round> round) {
    return round.map(r -> r.state() != RoundState.ENDED).orElse(true);
  }

  /** The round's bets that ending it settles: the open ones. */
  public static List<Bet> betsToSettle(List<Bet> roundBets) {
    return roundBets.stream().filter(b -> b.state() == BetState.OPEN).toList();
  }
}
