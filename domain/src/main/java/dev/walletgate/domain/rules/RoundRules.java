package dev.walletgate.domain.rules;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.outcome.Refusal;
import java.util.List;
import java.util.Optional;

/** R1, R2: ending a round settles its open bets; ending it again changes nothing. */
public final class RoundRules {
  private RoundRules() {}

  /**
   * What an end-round call does (R1): the round settled, or nothing when it had ended before; a
   * player without the account is refused (B5). It books no money and has no transaction id.
   */
  public static Decision end(
      Integration integration,
      RoundId id,
      RoundFacts round,
      Optional<Account> account,
      boolean playerKnown) {
    Optional<Refusal> missing = AccountLookup.missing(account, playerKnown);
    if (missing.isPresent()) {
      return new Decision.Refused(missing.get(), Optional.empty());
    }
    List<Effect> effects = settle(integration, id, round).stream().map(Effect.class::cast).toList();
    return new Decision.Booked(Optional.empty(), effects, account);
  }

  /** The round ended with its open bets settled, or empty if it had ended before. */
  public static Optional<Effect.RoundSettled> settle(
      Integration integration, RoundId id, RoundFacts round) {
    if (!needsEnding(round.round())) {
      return Optional.empty();
    }
    List<Bet> settled = betsToSettle(round.bets()).stream().map(Bet::settled).toList();
    return Optional.of(
        new Effect.RoundSettled(
            new Round(integration, id, RoundState.ENDED), round.round().isEmpty(), settled));
  }

  /** True if the round still has to be ended (it is unknown or open). */
  public static boolean needsEnding(Optional<Round> round) {
    return round.map(r -> r.state() != RoundState.ENDED).orElse(true);
  }

  /** The round's bets that ending it settles: the open ones. */
  public static List<Bet> betsToSettle(List<? extends BetKeyHolder> roundBets) {
    return roundBets.stream().filter(b -> b.state() == BetState.OPEN).map(Bet.class::cast).toList();
  }
}
