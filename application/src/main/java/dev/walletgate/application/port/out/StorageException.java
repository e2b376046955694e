package dev.walletgate.application.port.out;

/**
 * A technical storage fault. The transaction that met it left no effect; the provider should be
 * told to retry (F1), except after an {@link UnstorableValueException}, which no retry can mend.
 * Adapters translate their own exceptions into its subclasses.
 */
public abstract class StorageException extends RuntimeException {
  protected StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
