package dev.walletgate.bootstrap;

import java.util.Locale;

/** The storage adapters a deployment can choose; both use the same schema and data. */
public enum Persistence {
  JDBI,
  JPA;

  /** Parses {@code jdbi} or {@code jpa}, in any case. */
  public static Persistence parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("persistence must be jdbi or jpa, not '" + name + "'");
    }
  }
}
