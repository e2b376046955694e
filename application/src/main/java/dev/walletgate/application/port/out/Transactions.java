package dev.walletgate.application.port.out;

import java.util.function.Function;

/**
 * Outgoing port that runs work in one database transaction, giving it the stores bound to that
 * transaction. The work's return commits; any exception rolls everything back and is rethrown, with
 * storage faults translated to {@link StorageException} subclasses.
 */
public interface Transactions {
  <T> T inTransaction(Function<Stores, T> work);
}
