package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.SchemaName;
import dev.walletgate.application.port.out.Storage;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.outcome.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walletgate's schema space: its tables and Flyway history live in a schema of their own, beside a
 * platform's own migrations and tables in the same database, and the first {@code migrate()} moves
 * a database of release 0.1.0's layout (its tables and V1 in the platform's default schema and
 * Flyway history) into it, losing and duplicating nothing. Subclasses name the adapter and the
 * database.
 */
public abstract class AbstractSchemaSpaceContract {
  private static final String PLATFORM_MIGRATIONS =
      "classpath:dev/walletgate/application/contract/host";
  private static final String RELEASE_0_1_0_ROWS = "legacy-0.1.0-data.sql";
  private static final PlayerId ALICE = new PlayerId("alice");

  /** Walletgate's tables with the columns of their primary keys, for reading them in order. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("players", "player_id");
    TABLES.put("accounts", "player_id, currency");
    TABLES.put("ledger_entries", "entry_no");
    TABLES.put("sessions", "session_id");
    TABLES.put("rounds", "integration, round_id");
    TABLES.put("bets", "integration, bet_key");
    TABLES.put("wins", "integration, win_key");
    TABLES.put("request_records", "integration, request_id");
  }

  private final List<Storage> opened = new ArrayList<>();
  private SchemaSpaceDatabase database;
  private String walletgateSchema;

  /** A fresh database for one test; closed (and dropped) after it. */
  protected abstract SchemaSpaceDatabase newDatabase();

  /** The adapter in its default schema. */
  protected abstract Storage walletgate(DataSource dataSource);

  /** The adapter in the given schema. */
  protected abstract Storage walletgate(DataSource dataSource, String schema);

  /** The adapter's Flyway location, which release 0.1.0 migrated into the default history. */
  protected abstract String migrations();

  @BeforeEach
  final void openDatabase() {
    database = newDatabase();
    walletgateSchema = database.shared() ? database.schema("walletgate") : SchemaName.DEFAULT;
  }

  @AfterEach
  final void closeDatabase() {
    opened.forEach(Storage::close);
    if (database != null) {
      database.close();
    }
  }

  @Test
  void givenPlatformWithItsOwnFlywayV1_migratedBeforeAndAfterWalletgate_bothKeepTheirOwn()
      throws SQLException {
    HikariDataSource pool = database.newPool();
    Flyway platform = platformFlyway(pool);
    platform.migrate();

    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();
    platform.migrate();
    platform.validate();

    assertThat(platformHistory(pool)).containsExactly(List.of("1", "V1__host.sql"));
    assertThat(walletgateHistory(pool))
        .containsExactly(
            List.of("1", "SQL"), List.of("2", "SQL"), List.of("3", "SQL"), List.of("4", "SQL"));
    assertDepositBetAndCancelWork(walletgate);
    assertThat(rows(pool, "SELECT account_no, owner FROM accounts ORDER BY account_no"))
        .as("the platform's own accounts table")
        .containsExactly(List.of(1, "host-one"), List.of(2, "host-two"));
    assertThat(currentSchemas(pool)).containsOnly(database.platformSchema());
  }

  @Test
  void givenWalletgateMigratedFirst_platformsOwnFlywayV1_stillStarts() throws SQLException {
    HikariDataSource pool = database.newPool();
    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();

    platformFlyway(pool).migrate();
    walletgate.migrate();

    assertThat(platformHistory(pool)).containsExactly(List.of("1", "V1__host.sql"));
    assertThat(rows(pool, "SELECT account_no, owner FROM accounts ORDER BY account_no"))
        .containsExactly(List.of(1, "host-one"), List.of(2, "host-two"));
    assertDepositBetAndCancelWork(walletgate);
  }

  @Test
  void givenASchemaAlreadyAtThisBuildsMigrations_aRestart_leavesFlywayOut() throws SQLException {
    HikariDataSource pool = database.newPool();
    openWalletgate(pool).migrate();
    // Flyway's validation refuses a description that differs from its script's name; the
    // fast path reads only the scripts, their checksums and their success.
    execute(
        pool,
        "UPDATE "
            + walletgateSchema
            + ".\"walletgate_schema_history\" SET \"description\" = 'edited elsewhere'"
            + " WHERE \"type\" = 'SQL'");

    Storage restarted = openWalletgate(pool);
    restarted.migrate();

    assertDepositBetAndCancelWork(restarted);
  }

  @Test
  void givenAMigrationWhoseContentChangedSinceItRan_aRestart_goesThroughFlywaysValidation()
      throws SQLException {
    HikariDataSource pool = database.newPool();
    openWalletgate(pool).migrate();
    execute(
        pool,
        "UPDATE "
            + walletgateSchema
            + ".\"walletgate_schema_history\" SET \"checksum\" = \"checksum\" + 1"
            + " WHERE \"type\" = 'SQL'");

    Storage restarted = openWalletgate(pool);

    assertThatThrownBy(restarted::migrate).hasStackTraceContaining("checksum mismatch");
  }

  @Test
  void givenSchemaOfABuildBeforeTheEventFeed_migrate_addsTheFeedAndKeepsTheRest()
      throws SQLException {
    HikariDataSource pool = database.newPool();
    // What a build with V1 alone left: Walletgate's schema and its own history at version 1.
    String stored = database.stored(walletgateSchema);
    Flyway.configure()
        .dataSource(pool)
        .locations(migrations())
        .schemas(stored)
        .defaultSchema(stored)
        .createSchemas(true)
        .table("walletgate_schema_history")
        .target("1")
        .load()
        .migrate();

    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();

    assertThat(walletgateHistory(pool))
        .containsExactly(
            List.of("1", "SQL"), List.of("2", "SQL"), List.of("3", "SQL"), List.of("4", "SQL"));
    assertDepositBetAndCancelWork(walletgate);
    long oldest = walletgate.inTransaction(stores -> stores.events().oldestRetainedPosition());
    assertThat(oldest).as("the new, empty feed").isEqualTo(1);
  }

  @Test
  void givenSchemaOfABuildBeforeTheBetLimits_migrate_addsThemAndKeepsTheRest() throws SQLException {
    HikariDataSource pool = database.newPool();
    // What a build with the event feed but no bet limits left: its history at version 2.
    String stored = database.stored(walletgateSchema);
    Flyway.configure()
        .dataSource(pool)
        .locations(migrations())
        .schemas(stored)
        .defaultSchema(stored)
        .createSchemas(true)
        .table("walletgate_schema_history")
        .target("2")
        .load()
        .migrate();

    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();

    assertThat(walletgateHistory(pool))
        .containsExactly(
            List.of("1", "SQL"), List.of("2", "SQL"), List.of("3", "SQL"), List.of("4", "SQL"));
    assertDepositBetAndCancelWork(walletgate);
    Checked<BetLimits> set =
        services(walletgate)
            .betLimits()
            .setLimits(
                new SetBetLimitsCommand(ALICE, EUR, Optional.of(BigDecimal.ONE), Optional.empty()));
    assertThat(set).isInstanceOf(Checked.Valid.class);
  }

  @Test
  void givenTwoSchemas_twoWalletgatesInOneDatabase_neitherSeesTheOthersData() {
    HikariDataSource pool = database.newPool();
    Storage first = walletgate(pool, database.schema("wallet_one"));
    Storage second = walletgate(pool, database.schema("wallet_two"));
    opened.add(first);
    opened.add(second);
    first.migrate();
    second.migrate();
    WalletServices one = services(first);
    WalletServices two = services(second);

    one.accounts().createAccount(new CreateAccountCommand(ALICE, EUR));
    one.accounts().createAccount(new CreateAccountCommand(new PlayerId("bob"), EUR));
    two.accounts().createAccount(new CreateAccountCommand(ALICE, EUR));
    Outcome firstDeposit =
        one.accounts().deposit(new TransferCommand(ALICE, EUR, new BigDecimal("50"), "dep-1"));
    // The same platform reference again: a replay in one schema, a new deposit in the other.
    Outcome secondDeposit =
        two.accounts().deposit(new TransferCommand(ALICE, EUR, new BigDecimal("7"), "dep-1"));

    assertThat(firstDeposit.isSuccess()).isTrue();
    assertThat(secondDeposit.isSuccess()).isTrue();
    assertThat(one.queries().getAccount(ALICE, EUR).orElseThrow().balance())
        .isEqualByComparingTo("50");
    assertThat(two.queries().getAccount(ALICE, EUR).orElseThrow().balance())
        .isEqualByComparingTo("7");
    assertThat(two.queries().getAccount(new PlayerId("bob"), EUR)).isEmpty();
    assertThat(two.queries().recentEntries(ALICE, EUR, 10)).hasSize(1);
  }

  @Test
  void givenSchemaThatIsNotASimpleSqlName_adapter_refusesItClearly() {
    HikariDataSource pool = database.newPool();

    for (String bad : List.of("Walletgate", "wallet-gate", "1wallet", "", "wallet gate")) {
      assertThatThrownBy(() -> walletgate(pool, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("simple SQL name");
    }
    assertThatThrownBy(() -> walletgate(pool, "select"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void givenDatabaseOfRelease010_migrate_movesEveryRowIntoWalletgatesSchema() throws SQLException {
    Map<String, List<List<Object>>> before = databaseOfRelease010(null);

    HikariDataSource pool = database.newPool();
    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();

    assertThat(walletgateRows(pool)).isEqualTo(before);
    assertThat(tablesIn(pool, database.platformSchema()))
        .as("the old tables and Flyway's default history, all Walletgate's")
        .isEmpty();
    assertThat(walletgateHistory(pool))
        .containsExactly(
            List.of("1", "SQL"), List.of("2", "SQL"), List.of("3", "SQL"), List.of("4", "SQL"));
    assertReleaseDataStillWorks(pool, walletgate);

    Map<String, List<List<Object>>> upgraded = walletgateRows(pool);
    walletgate.migrate();
    assertThat(walletgateRows(pool)).as("a second migrate()").isEqualTo(upgraded);
  }

  @Test
  void givenOldHistoryAlsoHoldingThePlatformsMigrations_upgrade_removesOnlyWalletgatesRow()
      throws SQLException {
    Map<String, List<List<Object>>> before =
        databaseOfRelease010(
            "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"execution_time\", \"success\")"
                + " VALUES (2, '2', 'host', 'SQL', 'V2__host.sql', 1, 'host', 1, TRUE)");

    HikariDataSource pool = database.newPool();
    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();

    assertThat(walletgateRows(pool)).isEqualTo(before);
    assertThat(platformHistory(pool)).containsExactly(List.of("2", "V2__host.sql"));
    assertReleaseDataStillWorks(pool, walletgate);
  }

  @Test
  void givenRelease010TablesAlreadyInWalletgatesSchema_migrate_keepsThemAndMovesTheHistory()
      throws SQLException {
    HikariDataSource creator = database.newPool();
    execute(creator, "CREATE SCHEMA " + walletgateSchema);
    creator.close();
    // A platform that had pointed the connections of 0.1.0 at the schema Walletgate now takes.
    Map<String, List<List<Object>>> before = databaseOfRelease010(null, walletgateSchema);

    HikariDataSource pool = database.newPool(walletgateSchema);
    Storage walletgate = openWalletgate(pool);
    walletgate.migrate();

    assertThat(walletgateRows(pool)).isEqualTo(before);
    assertThat(tablesIn(pool, database.stored(walletgateSchema)))
        .doesNotContain("flyway_schema_history");
    assertThat(walletgateHistory(pool))
        .containsExactly(
            List.of("1", "BASELINE"),
            List.of("2", "SQL"),
            List.of("3", "SQL"),
            List.of("4", "SQL"));
    assertReleaseDataStillWorks(pool, walletgate);
  }

  // Builds the database exactly as release 0.1.0 did (Flyway's defaults, the connection's current
  // schema), fills it with the rows its services wrote, and returns them, table by table.
  private Map<String, List<List<Object>>> databaseOfRelease010(String platformSql)
      throws SQLException {
    return databaseOfRelease010(platformSql, null);
  }

  private Map<String, List<List<Object>>> databaseOfRelease010(
      String platformSql, String currentSchema) throws SQLException {
    try (HikariDataSource old = database.newPool(currentSchema)) {
      // Release 0.1.0 had V1 alone.
      Flyway.configure().dataSource(old).locations(migrations()).target("1").load().migrate();
      for (String sql : statements(RELEASE_0_1_0_ROWS)) {
        execute(old, sql);
      }
      // Where 0.1.0's own inserts, which drew every entry_no from the identity, left it.
      Object next = rows(old, "SELECT MAX(entry_no) + 1 FROM ledger_entries").get(0).get(0);
      execute(old, "ALTER TABLE ledger_entries ALTER COLUMN entry_no RESTART WITH " + next);
      if (platformSql != null) {
        execute(old, platformSql);
      }
      Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        rows.put(
            table.getKey(),
            rows(old, "SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue()));
      }
      assertThat(rows.values()).allSatisfy(tableRows -> assertThat(tableRows).isNotEmpty());
      return rows;
    }
  }

  private void assertReleaseDataStillWorks(DataSource pool, Storage walletgate)
      throws SQLException {
    WalletServices services = services(walletgate);
    Outcome deposit =
        services
            .accounts()
            .deposit(new TransferCommand(ALICE, EUR, new BigDecimal("1.00"), "after-upgrade"));
    CallbackResult replay =
        services
            .bets()
            .placeBet(
                new PlaceBetCommand(
                    Integration.KYREN,
                    new RequestId("k-req-1"),
                    ALICE,
                    new SessionId("sess-alice-eur"),
                    new RoundId("k-round-1"),
                    new BetKey("k-bet-1"),
                    new BigDecimal("12.34"),
                    EUR));
    CallbackResult cancelOpenBet =
        services
            .cancels()
            .cancelBet(
                new CancelBetCommand(
                    Integration.LUCKYMONACO,
                    new RequestId("l-req-after-upgrade"),
                    ALICE,
                    Optional.of(new SessionId("sess-alice-eur")),
                    Optional.of(new RoundId("l-round-2")),
                    new BetKey("l-bet-2"),
                    Optional.of(EUR)));

    assertThat(deposit.isSuccess()).isTrue();
    assertThat(replay.replayed()).as("k-req-1 recorded by 0.1.0").isTrue();
    assertThat(((Outcome.Success) replay.outcome()).transactionId().orElseThrow().value())
        .isEqualTo("8bcba6c2adce4016aa024b3e34d8188f");
    assertThat(cancelOpenBet.outcome().isSuccess()).isTrue();
    assertThat(services.queries().getAccount(ALICE, EUR).orElseThrow().balance())
        .isEqualByComparingTo("423.90");
    assertThat(
            rows(
                pool,
                "SELECT entry_no, entry_key FROM "
                    + walletgateSchema
                    + ".ledger_entries WHERE entry_no > 1003 ORDER BY entry_no"))
        .as("new entries continue after 0.1.0's highest entry_no")
        .containsExactly(List.of(1004L, "after-upgrade"), List.of(1005L, "l-bet-2"));
    var verification = services.reconciliation().verifyLedger(n -> {});
    assertThat(verification.accountsChecked()).isEqualTo(4);
    assertThat(verification.mismatches()).isEmpty();
  }

  private void assertDepositBetAndCancelWork(Storage walletgate) {
    WalletServices services = services(walletgate);
    SessionId session = new SessionId("s-alice");
    BetKey bet = new BetKey("b-1");
    RoundId round = new RoundId("r-1");

    services.accounts().createAccount(new CreateAccountCommand(ALICE, EUR));
    Outcome deposit =
        services.accounts().deposit(new TransferCommand(ALICE, EUR, BigDecimal.TEN, "dep-1"));
    services
        .platformSessions()
        .openSession(new OpenSessionCommand(ALICE, EUR, Optional.of(session)));
    CallbackResult placed =
        services
            .bets()
            .placeBet(
                new PlaceBetCommand(
                    Integration.KYREN,
                    new RequestId("q-1"),
                    ALICE,
                    session,
                    round,
                    bet,
                    new BigDecimal("2.50"),
                    EUR));
    CallbackResult cancelled =
        services
            .cancels()
            .cancelBet(
                new CancelBetCommand(
                    Integration.KYREN,
                    new RequestId("q-2"),
                    ALICE,
                    Optional.of(session),
                    Optional.of(round),
                    bet,
                    Optional.of(EUR)));

    assertThat(deposit.isSuccess()).isTrue();
    assertThat(placed.outcome().balance().orElseThrow().amount()).isEqualByComparingTo("7.50");
    assertThat(cancelled.outcome().balance().orElseThrow().amount()).isEqualByComparingTo("10");
    assertThat(services.queries().recentEntries(ALICE, EUR, 10)).hasSize(3);
    assertThat(services.reconciliation().verifyLedger(n -> {}).mismatches()).isEmpty();
  }

  private Storage openWalletgate(DataSource pool) {
    Storage storage = database.shared() ? walletgate(pool, walletgateSchema) : walletgate(pool);
    opened.add(storage);
    return storage;
  }

  private static WalletServices services(Storage storage) {
    return new WalletServices(storage, WalletSettings.defaults());
  }

  private static Flyway platformFlyway(DataSource pool) {
    return Flyway.configure().dataSource(pool).locations(PLATFORM_MIGRATIONS).load();
  }

  // Migrations only: Flyway also records the table's creation (on H2), with no version.
  private static List<List<Object>> platformHistory(DataSource pool) throws SQLException {
    return rows(
        pool,
        "SELECT \"version\", \"script\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
  }

  private List<List<Object>> walletgateHistory(DataSource pool) throws SQLException {
    return rows(
        pool,
        "SELECT \"version\", \"type\" FROM "
            + walletgateSchema
            + ".\"walletgate_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
            + " AND \"type\" <> 'SCHEMA' ORDER BY \"installed_rank\"");
  }

  private Map<String, List<List<Object>>> walletgateRows(DataSource pool) throws SQLException {
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    for (Map.Entry<String, String> table : TABLES.entrySet()) {
      rows.put(
          table.getKey(),
          rows(
              pool,
              "SELECT * FROM "
                  + walletgateSchema
                  + "."
                  + table.getKey()
                  + " ORDER BY "
                  + table.getValue()));
    }
    return rows;
  }

  private static List<String> tablesIn(DataSource pool, String schema) throws SQLException {
    try (Connection connection = pool.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = ?"
                    + " ORDER BY 1")) {
      query.setString(1, schema);
      List<String> names = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      return names;
    }
  }

  // Every connection the pool can hold at once, so that one Flyway used is among them.
  private static List<String> currentSchemas(HikariDataSource pool) throws SQLException {
    List<Connection> held = new ArrayList<>();
    try {
      List<String> schemas = new ArrayList<>();
      for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
        Connection connection = pool.getConnection();
        held.add(connection);
        schemas.add(connection.getSchema());
      }
      return schemas;
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  private static List<List<Object>> rows(DataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery(sql)) {
      int columns = results.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (results.next()) {
        List<Object> row = new ArrayList<>();
        for (int column = 1; column <= columns; column++) {
          row.add(results.getObject(column));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static void execute(DataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> statements(String resource) {
    try (InputStream in = AbstractSchemaSpaceContract.class.getResourceAsStream(resource)) {
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
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
}
