package dev.walletgate.application.service;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.rules.RoundFacts;

/** Loads a round with its bets, both locked, for a call that may end it (R1, R2). */
final class RoundLoader {
  private RoundLoader() {}

  static RoundFacts load(Stores stores, Integration integration, RoundId round) {
    return new RoundFacts(
        stores.bets().findRoundForUpdate(integration, round),
        stores.bets().findByRoundForUpdate(integration, round));
  }
}
