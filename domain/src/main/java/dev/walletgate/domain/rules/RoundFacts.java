package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Round;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A round as ending it reads it, locked in the call's transaction.
 *
 * @param round the round, empty if it was never stored
 * @param bets every holder of a bet key in the round, booked or void
 */
public record RoundFacts(Optional<Round> round, List<BetKeyHolder> bets) {
  public RoundFacts {
    Objects.requireNonNull(round, "round");
    bets = List.copyOf(bets);
  }
}
