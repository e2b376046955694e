package dev.walletgate.bootstrap.bench;

/**
 * What one callback of a kind sent to the database, on average over the statement probe's calls.
 *
 * @param statements JDBC executions (an executeBatch counts one)
 * @param commits commits asked for
 * @param rollbacks rollbacks asked for
 * @param roundTrips statements, commits and rollbacks: each waits for the database once
 */
record CallbackStatements(double statements, double commits, double rollbacks, double roundTrips) {
  static CallbackStatements average(CountingDataSource.Counts total, int calls) {
    return new CallbackStatements(
        (double) total.statements() / calls,
        (double) total.commits() / calls,
        (double) total.rollbacks() / calls,
        (double) total.roundTrips() / calls);
  }
}
