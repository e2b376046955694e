package dev.walletgate.bootstrap.config;

/** A configuration that cannot be used; its message says which setting and why. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
