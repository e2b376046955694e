package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.SchemaName;
import dev.walletgate.application.port.out.Storage;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.Stores;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Persistence adapter on Hibernate ORM (Jakarta Persistence): every out-port of the application,
 * each {@link #inTransaction} call one entity manager and one READ COMMITTED transaction over the
 * given DataSource. The mapping is validated against the Flyway schema, never generated.
 * Walletgate's tables and its Flyway history live in a schema of their own ({@value
 * #DEFAULT_SCHEMA} unless chosen), Hibernate's default schema, which its native SQL names too: the
 * connections' current schema or search path is never relied on nor changed.
 */
public final class JpaPersistence implements Storage {
  /** Where this adapter's migrations live; byte-identical to the Jdbi adapter's. */
  public static final String MIGRATIONS = "classpath:db/walletgate/jpa";

  /** The schema of Walletgate's tables unless another is chosen. */
  public static final String DEFAULT_SCHEMA = SchemaName.DEFAULT;

  /** Flyway's history of Walletgate's migrations, inside Walletgate's schema. */
  public static final String HISTORY_TABLE = WalletgateSchema.HISTORY_TABLE;

  private final DataSource dataSource;
  private final SchemaName schemaName;
  private final WalletgateSchema schema;
  private final JpaRequestStore.Statements requestStatements;
  private final Object building = new Object();
  private volatile EntityManagerFactory factory;
  private volatile boolean closed;

  /**
   * Walletgate's tables in the schema {@value #DEFAULT_SCHEMA}, over the DataSource as given
   * (HikariCP in production); it is not closed by {@link #close}.
   */
  public JpaPersistence(DataSource dataSource) {
    this(dataSource, DEFAULT_SCHEMA);
  }

  /**
   * Walletgate's tables in the given schema, created by {@link #migrate()} if need be.
   *
   * @throws IllegalArgumentException unless the schema is a simple SQL name ({@link SchemaName})
   */
  public JpaPersistence(DataSource dataSource, String schema) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.schemaName = new SchemaName(schema);
    this.schema = new WalletgateSchema(schemaName, MIGRATIONS);
    this.requestStatements = new JpaRequestStore.Statements(schemaName.value());
  }

  /**
   * Creates or upgrades Walletgate's schema and its history table {@value #HISTORY_TABLE} with
   * Flyway (the first run also moves the tables of release 0.1.0's layout into it), then validates
   * the mapping against it. Idempotent.
   */
  @Override
  public void migrate() {
    try {
      schema.migrate(dataSource);
    } catch (SQLException e) {
      throw Faults.translate(e);
    }
    factory();
  }

  @Override
  public <T> T inTransaction(Function<Stores, T> work) {
    Objects.requireNonNull(work, "work");
    EntityManager em = open();
    try {
      EntityTransaction transaction = em.getTransaction();
      try {
        transaction.begin();
      } catch (RuntimeException e) {
        throw translated(e);
      }
      TransactionScope scope = new TransactionScope(em);
      try {
        T result = work.apply(new JpaStores(scope, requestStatements));
        Optional<StorageException> fault = scope.fault();
        if (fault.isPresent()) {
          throw fault.get();
        }
        transaction.commit();
        return result;
      } catch (RuntimeException | Error failure) {
        rollbackQuietly(transaction, failure);
        throw translated(failure);
      }
    } finally {
      closeQuietly(em);
    }
  }

  /** Closes the entity manager factory; the DataSource stays open. */
  @Override
  public void close() {
    synchronized (building) {
      closed = true;
      if (factory != null) {
        factory.close();
        factory = null;
      }
    }
  }

  private EntityManager open() {
    try {
      return factory().createEntityManager();
    } catch (RuntimeException e) {
      throw translated(e);
    }
  }

  private EntityManagerFactory factory() {
    EntityManagerFactory built = factory;
    if (built != null) {
      return built;
    }
    synchronized (building) {
      if (closed) {
        throw new IllegalStateException("JpaPersistence is closed");
      }
      if (factory == null) {
        factory = build();
      }
      return factory;
    }
  }

  private EntityManagerFactory build() {
    DataSource readCommitted;
    try {
      readCommitted = ReadCommittedDataSource.of(dataSource);
    } catch (SQLException e) {
      throw Faults.translate(e);
    }
    Map<String, Object> settings = new HashMap<>();
    settings.put("hibernate.connection.datasource", readCommitted);
    settings.put("hibernate.hbm2ddl.auto", "validate");
    // Unquoted, as in the migrations and the native SQL, so that the database folds all alike.
    settings.put("hibernate.default_schema", schemaName.value());
    settings.put("hibernate.cache.use_second_level_cache", false);
    settings.put("hibernate.cache.use_query_cache", false);
    settings.put("jakarta.persistence.sharedCache.mode", "NONE");
    settings.put("hibernate.jdbc.time_zone", "UTC");
    settings.put("hibernate.jdbc.batch_size", 20);
    settings.put("hibernate.order_updates", true);
    try {
      return new HibernatePersistenceConfiguration("walletgate")
          .managedClasses(
              PlayerEntity.class,
              AccountEntity.class,
              LedgerEntryEntity.class,
              SessionEntity.class,
              RoundEntity.class,
              BetEntity.class,
              WinEntity.class,
              RequestRecordEntity.class,
              WalletEventEntity.class,
              EventSequencerEntity.class,
              EventCursorEntity.class,
              BetLimitsEntity.class)
          .properties(settings)
          .createEntityManagerFactory();
    } catch (RuntimeException e) {
      if (hasSqlCause(e)) {
        throw Faults.translate(e);
      }
      throw new IllegalStateException(
          "the JPA mapping does not match the database schema (was migrate() run?): "
              + rootCause(e).getMessage(),
          e);
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static boolean hasSqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }

  private static RuntimeException translated(Throwable failure) {
    if (Faults.isStorageFault(failure)) {
      return Faults.translate(failure);
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }

  private static void rollbackQuietly(EntityTransaction transaction, Throwable failure) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException e) {
      // The connection may be gone: the database then rolls the transaction back itself.
      failure.addSuppressed(e);
    }
  }

  private static void closeQuietly(EntityManager em) {
    try {
      em.close();
    } catch (RuntimeException ignored) {
      // Nothing is left to release that the pool does not reclaim.
    }
  }
}
