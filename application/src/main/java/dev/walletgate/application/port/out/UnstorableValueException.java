package dev.walletgate.application.port.out;

/**
 * The database refused a value as data (SQLSTATE class 22: longer than its column, beyond a
 * numeric's range, a character the text type or encoding cannot hold). Unlike every other storage
 * fault a retry cannot help, so callers answer it as invalid input, never with a retry signal. The
 * domain's checks keep such values from reaching a store; this is the line behind them. Its message
 * names the SQLSTATE only, never the database's text, which may quote the value.
 */
public class UnstorableValueException extends StorageException {
  public UnstorableValueException(String sqlState, Throwable cause) {
    super("the database refused a value as data (SQLState " + sqlState + ")", cause);
  }
}
