package dev.walletgate.bootstrap.bench;

/** Sends one step of the mix to the system under test; true when it was answered as success. */
interface Driver extends AutoCloseable {
  boolean execute(Step step) throws Exception;

  @Override
  default void close() throws Exception {}
}
