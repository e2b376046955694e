package dev.walletgate.bootstrap.observe;

import java.util.Locale;

/** How the service writes its log lines: for people, or one JSON object per line for collectors. */
public enum LogFormat {
  PLAIN,
  JSON;

  /** The format a setting names, in any case. */
  public static LogFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("log format must be plain or json, not '" + name + "'");
    }
  }
}
