package dev.walletgate.application.port.out;

/** The stores bound to one transaction of {@link Transactions}. */
public interface Stores {
  AccountStore accounts();

  SessionStore sessions();

  BetStore bets();

  WinStore wins();

  RequestStore requests();

  EventStore events();

  BetLimitStore limits();
}
