package dev.walletgate.application.service;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.rules.RoundRules;
import java.util.List;
import java.util.Optional;

/** Ends a round inside the caller's transaction: marks it ended and settles its open bets. */
final class RoundEnder {
  /**
   * @param round the round as locked by the caller, empty if it was never seen
   * @param roundBets the round's bets as locked by the caller
   */
  void end(
      Stores stores,
      Integration integration,
      RoundId id,
      Optional<Round> round,
      List<Bet> roundBets) {
    if (!RoundRules.needsEnding(round)) {
      return;
    }
    Round ended = new Round(integration, id, RoundState.ENDED);
    if (round.isPresent()) {
      stores.bets().updateRound(ended);
    } else {
      stores.bets().insertRound(ended);
    }
    for (Bet bet : RoundRules.betsToSettle(roundBets)) {
      stores.bets().update(bet.withState(BetState.SETTLED, null));
    }
  }
}
