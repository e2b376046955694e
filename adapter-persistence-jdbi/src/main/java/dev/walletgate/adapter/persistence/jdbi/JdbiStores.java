package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.WinStore;
import org.jdbi.v3.core.Handle;

/** The five stores bound to the handle of one transaction. */
final class JdbiStores implements Stores {
  private final AccountStore accounts;
  private final SessionStore sessions;
  private final BetStore bets;
  private final WinStore wins;
  private final RequestStore requests;

  JdbiStores(Handle handle) {
    this.accounts = new JdbiAccountStore(Translating.of(AccountDao.class, handle));
    this.sessions = new JdbiSessionStore(Translating.of(SessionDao.class, handle));
    this.bets = new JdbiBetStore(Translating.of(BetDao.class, handle));
    this.wins = new JdbiWinStore(Translating.of(WinDao.class, handle));
    this.requests = new JdbiRequestStore(Translating.of(RequestDao.class, handle));
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
}
