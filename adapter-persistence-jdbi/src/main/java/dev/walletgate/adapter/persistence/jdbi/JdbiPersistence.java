package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.Transactions;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Persistence adapter on Jdbi 3: every out-port of the application over one {@link DataSource}
 * (HikariCP in production), H2 or PostgreSQL, each use case in one READ COMMITTED transaction.
 */
public final class JdbiPersistence implements Transactions {
  /** Where this adapter's Flyway migrations live (byte-identical to the JPA adapter's). */
  public static final String MIGRATIONS = "classpath:db/walletgate/jdbi";

  private final DataSource dataSource;
  private final Jdbi jdbi;

  public JdbiPersistence(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    // Statements bind typed arguments and map rows by hand (see Args and Rows), so the instance
    // needs neither plugins nor registered factories.
    this.jdbi = Jdbi.create(dataSource);
    LockFreeCacheBuilder caches = new LockFreeCacheBuilder();
    jdbi.getConfig(SqlStatements.class)
        .setTemplateCache(caches)
        .setSqlParser(new ColonPrefixSqlParser(caches));
  }

  /** Creates or upgrades the schema (Flyway's default history table). */
  public void migrate() {
    try {
      Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  @Override
  public <T> T inTransaction(Function<Stores, T> work) {
    Objects.requireNonNull(work, "work");
    try {
      return jdbi.inTransaction(
          TransactionIsolationLevel.READ_COMMITTED, handle -> work.apply(new JdbiStores(handle)));
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }
}
