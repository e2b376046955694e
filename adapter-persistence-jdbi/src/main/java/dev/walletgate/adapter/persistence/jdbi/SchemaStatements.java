package dev.walletgate.adapter.persistence.jdbi;

/**
 * The SQL of every DAO with Walletgate's tables qualified by its schema: built once per adapter, so
 * that no statement depends on the connection's search path or current schema.
 */
final class SchemaStatements {
  final AccountDao.Statements accounts;
  final SessionDao.Statements sessions;
  final BetDao.Statements bets;
  final WinDao.Statements wins;
  final RequestDao.Statements requests;
  final EventDao.Statements events;
  final BetLimitDao.Statements limits;

  SchemaStatements(String schema) {
    this.accounts = new AccountDao.Statements(schema);
    this.sessions = new SessionDao.Statements(schema);
    this.bets = new BetDao.Statements(schema);
    this.wins = new WinDao.Statements(schema);
    this.requests = new RequestDao.Statements(schema);
    this.events = new EventDao.Statements(schema);
    this.limits = new BetLimitDao.Statements(schema);
  }
}
