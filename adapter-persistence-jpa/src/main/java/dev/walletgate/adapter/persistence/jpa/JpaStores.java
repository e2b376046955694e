package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.WinStore;

/** The JPA stores of one transaction. */
final class JpaStores implements Stores {
  private final AccountStore accounts;
  private final SessionStore sessions;
  private final BetStore bets;
  private final WinStore wins;
  private final RequestStore requests;
  private final EventStore events;
  private final BetLimitStore limits;

  JpaStores(TransactionScope scope, JpaRequestStore.Statements requestStatements) {
    this.accounts = new JpaAccountStore(scope);
    this.sessions = new JpaSessionStore(scope);
    this.bets = new JpaBetStore(scope);
    this.wins = new JpaWinStore(scope);
    this.requests = new JpaRequestStore(scope, requestStatements);
    this.events = new JpaEventStore(scope);
    this.limits = new JpaBetLimitStore(scope);
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
