package dev.walletgate.bootstrap;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.adapter.persistence.jpa.JpaPersistence;
import dev.walletgate.application.port.out.Storage;
import java.util.Locale;
import javax.sql.DataSource;

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

  /**
   * The adapter over a DataSource. An embedded H2 file is used one thread at a time (see {@link
   * SingleWriterDataSource}); other databases are used as given.
   */
  public Storage open(DataSource dataSource) {
    DataSource storage = SingleWriterDataSource.ifEmbeddedH2File(dataSource);
    return switch (this) {
      case JDBI -> new JdbiPersistence(storage);
      case JPA -> new JpaPersistence(storage);
    };
  }
}
