package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.WinStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.BetCall;
import dev.walletgate.domain.rules.BetFacts;
import dev.walletgate.domain.rules.EndRoundFacts;
import dev.walletgate.domain.rules.WinCall;
import dev.walletgate.domain.rules.WinFacts;
import org.jdbi.v3.core.Handle;

/** The stores bound to the handle of one transaction. */
final class JdbiStores implements Stores {
  private final AccountStore accounts;
  private final SessionStore sessions;
  private final BetStore bets;
  private final WinStore wins;
  private final RequestStore requests;
  private final EventStore events;
  private final BetLimitStore limits;
  private final Sql sql;
  // Only PostgreSQL gains from one batch of reads; H2 runs in-process.
  private final CallFacts facts;

  // Plain objects over the handle's fluent API: no SQL object is attached per transaction.
  JdbiStores(Handle handle, SchemaStatements statements, boolean postgres) {
    this.sql = new Sql(handle, postgres);
    AccountDao accountDao = new AccountDao(sql, statements.accounts);
    SessionDao sessionDao = new SessionDao(sql, statements.sessions);
    BetDao betDao = new BetDao(sql, statements.bets);
    this.accounts = new JdbiAccountStore(accountDao);
    this.sessions = new JdbiSessionStore(sessionDao);
    this.bets = new JdbiBetStore(betDao);
    WinDao winDao = new WinDao(sql, statements.wins);
    this.wins = new JdbiWinStore(winDao);
    this.facts = postgres ? new CallFacts(sql, betDao, accountDao, sessionDao, winDao) : null;
    this.requests = new JdbiRequestStore(new RequestDao(sql, statements.requests));
    this.events = new JdbiEventStore(new EventDao(sql, statements.events));
    this.limits = new JdbiBetLimitStore(new BetLimitDao(sql, statements.limits));
  }

  /** Sends the writes still queued; the transaction's last step before its commit. */
  void flush() {
    sql.flush();
  }

  @Override
  public BetFacts betFacts(BetCall call) {
    return facts == null ? Stores.super.betFacts(call) : facts.bet(call);
  }

  @Override
  public WinFacts winFacts(WinCall call) {
    return facts == null ? Stores.super.winFacts(call) : facts.win(call);
  }

  @Override
  public EndRoundFacts endRoundFacts(
      Integration integration, RoundId round, PlayerId player, CurrencyCode currency) {
    return facts == null
        ? Stores.super.endRoundFacts(integration, round, player, currency)
        : facts.endRound(integration, round, player, currency);
  }

  @Override
  public AccountStore accounts() {
    return accounts;
  }

  @Override
  public SessionStore sessions() {
    return sessions;
  }

  @Override
  public BetStore bets() {
    return bets;
  }

  @Override
  public WinStore wins() {
    return wins;
  }

  @Override
  public RequestStore requests() {
    return requests;
  }

  @Override
  public EventStore events() {
    return events;
  }

  @Override
  public BetLimitStore limits() {
    return limits;
  }
}
