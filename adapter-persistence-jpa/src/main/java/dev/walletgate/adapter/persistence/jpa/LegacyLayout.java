package dev.walletgate.adapter.persistence.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Walletgate's tables as release 0.1.0 left them: in the connection's current schema, with its V1
 * in Flyway's default history there. Found before Flyway migrates Walletgate's own schema, and
 * moved into that schema afterwards by the SQL of {@code legacy-layout-upgrade.sql}.
 */
final class LegacyLayout {
  private static final System.Logger LOG = System.getLogger(LegacyLayout.class.getName());
  private static final String SCRIPT = "legacy-layout-upgrade.sql";
  private static final String HISTORY = "\"flyway_schema_history\"";
  private static final String V1 = "V1__walletgate_schema.sql";
  private static final List<String> TABLES =
      List.of(
          "players",
          "accounts",
          "ledger_entries",
          "sessions",
          "rounds",
          "bets",
          "wins",
          "request_records");

  private final String schema;
  private final String quoted;

  private LegacyLayout(String schema) {
    this.schema = schema;
    this.quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
  }

  /** The previous layout in the connection's current schema, if Walletgate's V1 is still there. */
  static Optional<LegacyLayout> find(Connection connection) throws SQLException {
    String current = connection.getSchema();
    if (current == null
        || tablesNamed(connection, current, List.of("flyway_schema_history")) == 0) {
      return Optional.empty();
    }
    LegacyLayout legacy = new LegacyLayout(current);
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(*) FROM " + legacy.history() + " WHERE \"script\" = ?")) {
      query.setString(1, V1);
      if (count(query) == 0) {
        return Optional.empty();
      }
    }
    long tables = tablesNamed(connection, current, TABLES);
    if (tables != TABLES.size()) {
      throw new IllegalStateException(
          "Flyway's history in schema "
              + current
              + " records Walletgate's V1, but only "
              + tables
              + " of its "
              + TABLES.size()
              + " tables are there: restore them, or delete the row of "
              + V1
              + ", before starting Walletgate");
    }
    return Optional.of(legacy);
  }

  /** Whether the old tables already stand in the given schema (as the database stores its name). */
  boolean isIn(String storedSchema) {
    return schema.equals(storedSchema);
  }

  /**
   * Copies every row into Walletgate's migrated, empty schema, keeping each entry_no and making new
   * ones continue after the highest, then drops the old tables and forgets Walletgate's V1 in the
   * old history, all in one transaction (on H2, whose DDL commits, the copies and the forgetting
   * commit together). An instance that finds the work done meanwhile by another does nothing.
   */
  void moveInto(DataSource dataSource, String target) throws SQLException {
    inOneTransaction(
        dataSource,
        statement -> {
          if (!claim(statement)) {
            return;
          }
          if (statement.getConnection().getMetaData().supportsTransactions()
              && !statement.getConnection().getMetaData().dataDefinitionCausesTransactionCommit()) {
            // PostgreSQL: instances of the previous release still running wait here, and find the
            // tables gone afterwards, rather than write rows this copy would miss.
            statement.execute(
                "LOCK TABLE "
                    + String.join(", ", TABLES.stream().map(t -> quoted + "." + t).toList())
                    + " IN EXCLUSIVE MODE");
          }
          requireEmpty(statement, target);
          long next =
              single(
                  statement,
                  "SELECT COALESCE(MAX(entry_no), 0) + 1 FROM " + table("ledger_entries"));
          statement.execute(
              "ALTER TABLE "
                  + target
                  + ".ledger_entries ALTER COLUMN entry_no RESTART WITH "
                  + next);
          if (forgetWalletgateHistory(statement) == 0) {
            // H2: another instance moved the rows while this one restarted the identity (a DDL
            // statement, which committed and so released the claim).
            return;
          }
          for (String sql : script(target)) {
            statement.execute(sql);
          }
          dropHistoryIfEmpty(statement);
          LOG.log(
              System.Logger.Level.INFO,
              "moved Walletgate''s tables from schema {0} into {1}; new ledger entries start at {2}",
              schema,
              target,
              Long.toString(next));
        });
  }

  /**
   * For old tables that already stand in Walletgate's schema (Flyway has just recorded them as its
   * baseline): forgets Walletgate's V1 in the old history.
   */
  void forgetHistory(DataSource dataSource) throws SQLException {
    inOneTransaction(
        dataSource,
        statement -> {
          if (claim(statement)) {
            forgetWalletgateHistory(statement);
            dropHistoryIfEmpty(statement);
            LOG.log(
                System.Logger.Level.INFO,
                "Walletgate''s V1 moved from {0}.flyway_schema_history to its own history",
                schema);
          }
        });
  }

  private interface Work {
    void run(Statement statement) throws SQLException;
  }

  private static void inOneTransaction(DataSource dataSource, Work work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        work.run(statement);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  // Locks Walletgate's row in the old history, so that two instances starting together move the
  // rows once: the second waits, then finds the row gone.
  private boolean claim(Statement statement) throws SQLException {
    try (ResultSet row =
        statement.executeQuery(
            "SELECT \"installed_rank\" FROM "
                + history()
                + " WHERE \"script\" = '"
                + V1
                + "' FOR UPDATE")) {
      return row.next();
    }
  }

  private void requireEmpty(Statement statement, String target) throws SQLException {
    for (String table : TABLES) {
      if (single(statement, "SELECT count(*) FROM " + target + "." + table) != 0) {
        throw new IllegalStateException(
            "Walletgate's schema "
                + target
                + " already holds rows while its previous layout in schema "
                + schema
                + " holds its data too; refusing to merge them (move one of them by hand)");
      }
    }
  }

  private int forgetWalletgateHistory(Statement statement) throws SQLException {
    return statement.executeUpdate("DELETE FROM " + history() + " WHERE \"script\" = '" + V1 + "'");
  }

  // The history is the platform's own as well when its migrations are recorded there too. The
  // row Flyway writes on creating the table (type TABLE, no version) is no one's migration.
  private void dropHistoryIfEmpty(Statement statement) throws SQLException {
    String others =
        "SELECT count(*) FROM "
            + history()
            + " WHERE \"version\" IS NOT NULL OR \"type\" <> 'TABLE'";
    if (single(statement, others) == 0) {
      statement.execute("DROP TABLE " + history());
    }
  }

  private List<String> script(String target) {
    try (InputStream in = LegacyLayout.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the adapter's jar");
      }
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("${schema}", target)
              .replace("${legacy}", quoted);
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("--")) {
          continue;
        }
        current.append(line).append('\n');
        if (line.endsWith(";")) {
          statements.add(current.substring(0, current.lastIndexOf(";")));
          current.setLength(0);
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String history() {
    return quoted + "." + HISTORY;
  }

  private String table(String name) {
    return quoted + "." + name;
  }

  private static long tablesNamed(Connection connection, String schema, List<String> names)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?"
                + " AND lower(table_name) IN ("
                + String.join(", ", names.stream().map(n -> "'" + n + "'").toList())
                + ")")) {
      query.setString(1, schema);
      return count(query);
    }
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
