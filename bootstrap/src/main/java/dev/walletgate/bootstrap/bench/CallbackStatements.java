package dev.walletgate.bootstrap.bench;

/**
 * What one callback of a kind sent to the database, on average over the statement probe's calls.
 *
 * @param statements JDBC executions (an executeBatch counts one)
 * @param commits commits asked for, by a commit call or at the end of a statement's SQL
 * @param rollbacks rollbacks asked for, likewise
 * @param roundTrips statements, commit calls and rollback calls: each waits for the database once
 *     (a COMMIT at the end of a statement's SQL goes in that statement's round trip)
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
