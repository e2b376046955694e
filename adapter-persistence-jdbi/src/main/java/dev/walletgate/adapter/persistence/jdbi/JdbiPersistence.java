package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.port.out.SchemaName;
import dev.walletgate.application.port.out.Storage;
import dev.walletgate.application.port.out.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Persistence adapter on Jdbi 3: every out-port of the application over one {@link DataSource}
 * (HikariCP in production), H2 or PostgreSQL, each use case in one READ COMMITTED transaction.
 * Walletgate's tables and its Flyway history live in a schema of their own ({@value
 * #DEFAULT_SCHEMA} unless chosen), named in every statement: the connections' current schema or
 * search path is never relied on nor changed.
 */
public final class JdbiPersistence implements Storage {
  /** Where this adapter's Flyway migrations live (byte-identical to the JPA adapter's). */
  public static final String MIGRATIONS = "classpath:db/walletgate/jdbi";

  /** The schema of Walletgate's tables unless another is chosen. */
  public static final String DEFAULT_SCHEMA = SchemaName.DEFAULT;

  /** Flyway's history of Walletgate's migrations, inside Walletgate's schema. */
  public static final String HISTORY_TABLE = WalletgateSchema.HISTORY_TABLE;

  private final DataSource dataSource;
  private final WalletgateSchema schema;
  private final SchemaStatements statements;
  private final Jdbi jdbi;
  // What the pool's connections are like; null until the first transaction asks.
  private volatile PoolTraits pool;

  /** Walletgate's tables in the schema {@value #DEFAULT_SCHEMA}. */
  public JdbiPersistence(DataSource dataSource) {
    this(dataSource, DEFAULT_SCHEMA);
  }

  /**
   * Walletgate's tables in the given schema, created by {@link #migrate()} if need be.
   *
   * @throws IllegalArgumentException unless the schema is a simple SQL name ({@link SchemaName})
   */
  public JdbiPersistence(DataSource dataSource, String schema) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    SchemaName name = new SchemaName(schema);
    this.schema = new WalletgateSchema(name, MIGRATIONS);
    this.statements = new SchemaStatements(name.value());
    // Statements bind typed arguments and map rows by hand (see Args and Rows), so the instance
    // needs neither plugins nor registered factories.
    this.jdbi = Jdbi.create(dataSource);
    LockFreeCacheBuilder caches = new LockFreeCacheBuilder();
    jdbi.getConfig(SqlStatements.class)
        .setTemplateCache(caches)
        .setSqlParser(new ColonPrefixSqlParser(caches));
  }

  /**
   * Creates or upgrades Walletgate's schema and its history table {@value #HISTORY_TABLE}; the
   * first run also moves the tables of release 0.1.0's layout into it. Idempotent.
   */
  @Override
  public void migrate() {
    try {
      schema.migrate(dataSource);
    } catch (SQLException e) {
      throw SqlFaults.translate(new UnableToExecuteStatementException(e, null));
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  @Override
  public <T> T inTransaction(Function<Stores, T> work) {
    Objects.requireNonNull(work, "work");
    try {
      PoolTraits traits = poolTraits();
      if (traits.readCommitted()) {
        return jdbi.inTransaction(handle -> run(handle, traits, work));
      }
      return jdbi.inTransaction(
          TransactionIsolationLevel.READ_COMMITTED, handle -> run(handle, traits, work));
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  private <T> T run(Handle handle, PoolTraits traits, Function<Stores, T> work) {
    JdbiStores stores = new JdbiStores(handle, statements, traits.postgres());
    T result = work.apply(stores);
    stores.flush();
    return result;
  }

  /**
   * @param readCommitted whether connections start at READ COMMITTED: setting the level per
   *     transaction costs PostgreSQL several round trips (the driver asks the server for the
   *     current level each time), so it is only done for a pool that needs it
   * @param postgres whether the database is PostgreSQL, which takes queued writes in one round trip
   */
  private record PoolTraits(boolean readCommitted, boolean postgres) {}

  private PoolTraits poolTraits() {
    PoolTraits known = pool;
    if (known == null) {
      try (Handle handle = jdbi.open()) {
        Connection connection = handle.getConnection();
        known =
            new PoolTraits(
                connection.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED,
                "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
      } catch (SQLException e) {
        throw SqlFaults.translate(new UnableToExecuteStatementException(e, null));
      }
      pool = known;
    }
    return known;
  }
}
