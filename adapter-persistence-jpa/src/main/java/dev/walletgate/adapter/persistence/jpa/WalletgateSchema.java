package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.SchemaHistory;
import dev.walletgate.application.port.out.SchemaName;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Walletgate's own schema, migrated by Flyway with a history table of its own, so that neither its
 * tables nor its migrations meet the platform's; the first migration also moves the tables of the
 * previous layout (see {@link LegacyLayout}) into it.
 */
final class WalletgateSchema {
  /** Flyway's history of Walletgate's migrations, inside Walletgate's schema. */
  static final String HISTORY_TABLE = "walletgate_schema_history";

  /** This build's versioned migrations, in order: what a current schema's history records. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__walletgate_schema.sql",
          "V2__walletgate_events.sql",
          "V3__walletgate_bet_limits.sql",
          "V4__walletgate_bets_by_round.sql");

  private static final String CLASSPATH = "classpath:";

  private final SchemaName name;
  private final String locations;

  /**
   * @param locations the scripts' folder, {@code classpath:...}
   */
  WalletgateSchema(SchemaName name, String locations) {
    if (!locations.startsWith(CLASSPATH)) {
      throw new IllegalArgumentException("not a class path location: " + locations);
    }
    this.name = name;
    this.locations = locations;
  }

  /** Creates or upgrades the schema; idempotent. */
  void migrate(DataSource dataSource) throws SQLException {
    String stored;
    Optional<LegacyLayout> legacy;
    try (Connection connection = dataSource.getConnection()) {
      stored = stored(connection.getMetaData());
      legacy = LegacyLayout.find(connection);
      if (legacy.isEmpty() && history(stored).isCurrent(connection)) {
        // A restart on a schema that already stands as this build leaves it.
        return;
      }
    }
    boolean legacyInPlace = legacy.isPresent() && legacy.get().isIn(stored);
    flyway(dataSource, stored, legacyInPlace).migrate();
    if (legacyInPlace) {
      legacy.get().forgetHistory(dataSource);
    } else if (legacy.isPresent()) {
      legacy.get().moveInto(dataSource, name.value());
    }
  }

  SchemaHistory history(String stored) {
    return new SchemaHistory(
        stored,
        HISTORY_TABLE,
        WalletgateSchema.class.getClassLoader(),
        locations.substring(CLASSPATH.length()),
        SCRIPTS);
  }

  // Flyway quotes the names it is given, while Walletgate's SQL leaves them unquoted: Flyway gets
  // the name as the database stores an unquoted one (upper case on H2), so both mean one schema.
  private String stored(DatabaseMetaData database) throws SQLException {
    return database.storesUpperCaseIdentifiers()
        ? name.value().toUpperCase(Locale.ROOT)
        : name.value();
  }

  private Flyway flyway(DataSource dataSource, String stored, boolean legacyInPlace) {
    FluentConfiguration configuration =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(locations)
            .failOnMissingLocations(true)
            .schemas(stored)
            .defaultSchema(stored)
            .createSchemas(true)
            .table(HISTORY_TABLE);
    if (legacyInPlace) {
      // The previous release's V1 already stands in this very schema: recorded as the baseline,
      // it is not run a second time.
      configuration =
          configuration
              .baselineOnMigrate(true)
              .baselineVersion("1")
              .baselineDescription("walletgate schema (from flyway_schema_history)");
    }
    return configuration.load();
  }
}
