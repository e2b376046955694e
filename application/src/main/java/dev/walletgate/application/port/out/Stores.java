package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.BetCall;
import dev.walletgate.domain.rules.BetFacts;
import dev.walletgate.domain.rules.EndRoundFacts;
import dev.walletgate.domain.rules.RoundFacts;
import dev.walletgate.domain.rules.WinCall;
import dev.walletgate.domain.rules.WinFacts;
import java.util.Optional;

/** The stores bound to one transaction of {@link Transactions}. */
public interface Stores {
  AccountStore accounts();

  SessionStore sessions();

  BetStore bets();

  WinStore wins();

  RequestStore requests();

  EventStore events();

  BetLimitStore limits();

  /**
   * What a bet's rules read (B1-B7): the bet key's holder, the round unless the key is taken (a
   * duplicate never takes the round's lock), the account, all three locked, and the session. A
   * store may read them in one round trip; this default reads them one by one.
   */
  default BetFacts betFacts(BetCall call) {
    Optional<BetKeyHolder> existing = bets().findForUpdate(call.integration(), call.key());
    Optional<Round> round =
        existing.isPresent()
            ? Optional.empty()
            : bets().findRoundForUpdate(call.integration(), call.round());
    Optional<Account> account =
        accounts().findForUpdate(call.player(), call.stake().currency().code());
    return new BetFacts(
        existing,
        round,
        sessions().find(call.session()),
        account,
        account.isPresent() || accounts().playerExists(call.player()));
  }

  /**
   * What a win's rules read (W1-W5, R2): the win already under its key, the round with its bets and
   * the account, locked in that order. A store may read them in one round trip; this default reads
   * them one by one.
   */
  default WinFacts winFacts(WinCall call) {
    Optional<Win> existing = wins().find(call.integration(), call.key());
    RoundFacts round = roundFacts(call.integration(), call.round());
    Optional<Account> account =
        accounts().findForUpdate(call.player(), call.amount().currency().code());
    return new WinFacts(
        existing, round, account, account.isPresent() || accounts().playerExists(call.player()));
  }

  /**
   * What ending a round reads (R1, R2): the account, unlocked, then the round and its bets, locked.
   * A store may read them in one round trip; this default reads them one by one.
   */
  default EndRoundFacts endRoundFacts(
      Integration integration, RoundId round, PlayerId player, CurrencyCode currency) {
    Optional<Account> account = accounts().find(player, currency);
    boolean playerKnown = account.isPresent() || accounts().playerExists(player);
    return new EndRoundFacts(roundFacts(integration, round), account, playerKnown);
  }

  /** A round and its bets, both locked, for a call that may end it (R1, R2). */
  default RoundFacts roundFacts(Integration integration, RoundId round) {
    return new RoundFacts(
        bets().findRoundForUpdate(integration, round),
        bets().findByRoundForUpdate(integration, round));
  }
}
