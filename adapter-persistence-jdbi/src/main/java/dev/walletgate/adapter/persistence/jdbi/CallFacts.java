package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.AccountRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.BetRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.RoundRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.SessionRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.WinRow;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.BetCall;
import dev.walletgate.domain.rules.BetFacts;
import dev.walletgate.domain.rules.EndRoundFacts;
import dev.walletgate.domain.rules.RoundFacts;
import dev.walletgate.domain.rules.WinCall;
import dev.walletgate.domain.rules.WinFacts;
import java.util.List;
import java.util.Optional;

/**
 * What a provider call's rules read, as one batch of queries: on PostgreSQL one round trip, which
 * also carries the call's claim and any writes queued before it.
 */
final class CallFacts {
  private final Sql sql;
  private final BetDao bets;
  private final AccountDao accounts;
  private final SessionDao sessions;
  private final WinDao wins;

  CallFacts(Sql sql, BetDao bets, AccountDao accounts, SessionDao sessions, WinDao wins) {
    this.sql = sql;
    this.wins = wins;
    this.bets = bets;
    this.accounts = accounts;
    this.sessions = sessions;
  }

  /** The reads of {@link dev.walletgate.application.port.out.Stores#betFacts}, in its order. */
  BetFacts bet(BetCall call) {
    String integration = call.integration().value();
    String player = call.player().value();
    Sql.Read<BetRow> existing = bets.findForUpdateRead(integration, call.key().value());
    Sql.Read<RoundRow> round =
        bets.findRoundForUpdateUnlessKeyTakenRead(
            integration, call.round().value(), call.key().value());
    Sql.Read<AccountRow> account =
        accounts.findForUpdateRead(player, call.stake().currency().code().value());
    Sql.Read<SessionRow> session = sessions.findRead(call.session().value());
    Sql.Read<Long> players = accounts.countPlayersRead(player);
    sql.all(List.of(existing, round, account, session, players));
    Optional<Account> found = account.one().map(JdbiAccountStore::account);
    return new BetFacts(
        existing.one().map(JdbiBetStore::holder),
        round.one().map(JdbiBetStore::round),
        session.one().map(JdbiSessionStore::session),
        found,
        found.isPresent() || players.one().orElseThrow() > 0);
  }

  /** The reads of {@link dev.walletgate.application.port.out.Stores#winFacts}, in its order. */
  WinFacts win(WinCall call) {
    String integration = call.integration().value();
    String player = call.player().value();
    Sql.Read<WinRow> existing = wins.findRead(integration, call.key().value());
    Sql.Read<RoundRow> round = bets.findRoundForUpdateRead(integration, call.round().value());
    Sql.Read<BetRow> roundBets = bets.findByRoundForUpdateRead(integration, call.round().value());
    Sql.Read<AccountRow> account =
        accounts.findForUpdateRead(player, call.amount().currency().code().value());
    Sql.Read<Long> players = accounts.countPlayersRead(player);
    sql.all(List.of(existing, round, roundBets, account, players));
    Optional<Account> found = account.one().map(JdbiAccountStore::account);
    return new WinFacts(
        existing.one().map(JdbiWinStore::win),
        roundFacts(round, roundBets),
        found,
        found.isPresent() || players.one().orElseThrow() > 0);
  }

  /**
   * The reads of {@link dev.walletgate.application.port.out.Stores#endRoundFacts}, in its order.
   */
  EndRoundFacts endRound(
      Integration integration, RoundId round, PlayerId player, CurrencyCode currency) {
    Sql.Read<AccountRow> account = accounts.findRead(player.value(), currency.value());
    Sql.Read<Long> players = accounts.countPlayersRead(player.value());
    Sql.Read<RoundRow> found = bets.findRoundForUpdateRead(integration.value(), round.value());
    Sql.Read<BetRow> roundBets = bets.findByRoundForUpdateRead(integration.value(), round.value());
    sql.all(List.of(account, players, found, roundBets));
    Optional<Account> known = account.one().map(JdbiAccountStore::account);
    return new EndRoundFacts(
        roundFacts(found, roundBets), known, known.isPresent() || players.one().orElseThrow() > 0);
  }

  private static RoundFacts roundFacts(Sql.Read<RoundRow> round, Sql.Read<BetRow> bets) {
    return new RoundFacts(
        round.one().map(JdbiBetStore::round),
        bets.rows().stream().map(JdbiBetStore::holder).toList());
  }
}
