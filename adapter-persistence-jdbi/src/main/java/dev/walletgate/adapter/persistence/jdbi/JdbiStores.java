package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.WinStore;
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

  // Plain objects over the handle's fluent API: no SQL object is attached per transaction.
  JdbiStores(Handle handle, SchemaStatements statements, boolean postgres) {
    this.sql = new Sql(handle, postgres);
    this.accounts = new JdbiAccountStore(new AccountDao(sql, statements.accounts));
    this.sessions = new JdbiSessionStore(new SessionDao(sql, statements.sessions));
    this.bets = new JdbiBetStore(new BetDao(sql, statements.bets));
    this.wins = new JdbiWinStore(new WinDao(sql, statements.wins));
    this.requests = new JdbiRequestStore(new RequestDao(sql, statements.requests));
    this.events = new JdbiEventStore(new EventDao(sql, statements.events));
    this.limits = new JdbiBetLimitStore(new BetLimitDao(sql, statements.limits));
  }

  /** Sends the writes still queued; the transaction's last step before its commit. */
  void flush() {
    sql.flush();
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
