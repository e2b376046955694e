package dev.walletgate.application.port.out;

/**
 * The database did not answer: lost connection, timeout, exhausted pool. Transient: nothing was
 * committed and a later retry may succeed.
 */
public class StorageUnavailableException extends StorageException {
  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
