package dev.walletgate.application.port.out;

/**
 * A storage conflict that a retry of the whole transaction resolves: a duplicate key (another
 * transaction claimed the same key first), a serialization failure, a deadlock or a lock timeout.
 * The transaction has been rolled back when this is thrown.
 */
public class RetryableConflictException extends StorageException {
  public RetryableConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
