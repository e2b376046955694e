package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.bool;
import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.integer;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.AccountRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.LedgerRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the players, accounts and ledger_entries tables. */
final class AccountDao {
  /** This DAO's SQL with its tables in one schema, built once per adapter. */
  static final class Statements {
    private final String findForUpdate;
    private final String find;
    private final String findAll;
    private final String countPlayers;
    private final String insertPlayer;
    private final String insertAccount;
    private final QueuedSql insertEntry;
    private final QueuedSql updateBalance;
    private final String findByReference;
    private final String setLocked;
    private final String recentEntries;
    private final String firstAccounts;
    private final String accountsAfter;
    private final String allEntries;

    Statements(String schema) {
      String players = schema + ".players";
      String accounts = schema + ".accounts";
      String ledgerEntries = schema + ".ledger_entries";
      String account =
          "SELECT a.player_id, a.currency, a.balance,"
              + " (SELECT p.locked FROM "
              + players
              + " p WHERE p.player_id = a.player_id) AS locked"
              + " FROM "
              + accounts
              + " a";
      String entry =
          "SELECT transaction_id, player_id, currency, kind, amount, balance_after, integration,"
              + " entry_key, created_at FROM "
              + ledgerEntries;
      findForUpdate =
          account + " WHERE a.player_id = :player AND a.currency = :currency FOR UPDATE";
      find = account + " WHERE a.player_id = :player AND a.currency = :currency";
      findAll = account + " WHERE a.player_id = :player ORDER BY a.currency";
      countPlayers = "SELECT count(*) FROM " + players + " WHERE player_id = :player";
      insertPlayer =
          "INSERT INTO "
              + players
              + " (player_id, locked, created_at) VALUES (:player, FALSE, :createdAt)";
      insertAccount =
          "INSERT INTO "
              + accounts
              + " (player_id, currency, balance, created_at)"
              + " VALUES (:player, :currency, 0, :createdAt)";
      insertEntry =
          QueuedSql.of(
              "INSERT INTO "
                  + ledgerEntries
                  + " (transaction_id, player_id, currency, kind, amount,"
                  + " balance_after, integration, entry_key, platform_reference, created_at)"
                  + " VALUES (:transactionId, :player, :currency, :kind, :amount, :balanceAfter,"
                  + " :integration, :key, :platformReference, :createdAt)");
      updateBalance =
          QueuedSql.of(
              "UPDATE "
                  + accounts
                  + " SET balance = :balance WHERE player_id = :player AND currency = :currency");
      findByReference = entry + " WHERE platform_reference = :reference";
      setLocked = "UPDATE " + players + " SET locked = :locked WHERE player_id = :player";
      recentEntries =
          entry
              + " WHERE player_id = :player AND currency = :currency"
              + " ORDER BY entry_no DESC LIMIT :limit";
      // Keyset paging over the primary key (player_id, currency); the same SQL on H2 and
      // PostgreSQL.
      firstAccounts = account + " ORDER BY a.player_id, a.currency LIMIT :limit";
      accountsAfter =
          account
              + " WHERE a.player_id > :player OR (a.player_id = :player AND a.currency > :currency)"
              + " ORDER BY a.player_id, a.currency LIMIT :limit";
      allEntries = entry + " WHERE player_id = :player AND currency = :currency ORDER BY entry_no";
    }
  }

  private final Statements statements;
  private final Sql sql;

  AccountDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  Sql.Read<AccountRow> findForUpdateRead(String player, String currency) {
    return new Sql.Read<>(
        statements.findForUpdate,
        Rows.ACCOUNT,
        q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }

  Sql.Read<AccountRow> findRead(String player, String currency) {
    return new Sql.Read<>(
        statements.find,
        Rows.ACCOUNT,
        q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }

  Sql.Read<Long> countPlayersRead(String player) {
    return new Sql.Read<>(statements.countPlayers, Rows.COUNT, q -> q.bind("player", text(player)));
  }

  Optional<AccountRow> findForUpdate(String player, String currency) {
    return sql.one(findForUpdateRead(player, currency));
  }

  Optional<AccountRow> find(String player, String currency) {
    return sql.one(findRead(player, currency));
  }

  List<AccountRow> findAll(String player) {
    return sql.list(statements.findAll, Rows.ACCOUNT, q -> q.bind("player", text(player)));
  }

  long countPlayers(String player) {
    return sql.one(countPlayersRead(player)).orElseThrow();
  }

  void insertPlayer(String player, Instant createdAt) {
    sql.update(
        statements.insertPlayer,
        u -> u.bind("player", text(player)).bind("createdAt", instant(createdAt)));
  }

  void insertAccount(String player, String currency, Instant createdAt) {
    sql.update(
        statements.insertAccount,
        u ->
            u.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("createdAt", instant(createdAt)));
  }

  void insertEntry(
      String transactionId,
      String player,
      String currency,
      String kind,
      BigDecimal amount,
      BigDecimal balanceAfter,
      String integration,
      String key,
      String platformReference,
      Instant createdAt) {
    sql.later(
        statements.insertEntry,
        null,
        u ->
            u.bind("transactionId", text(transactionId))
                .bind("player", text(player))
                .bind("currency", text(currency))
                .bind("kind", text(kind))
                .bind("amount", decimal(amount))
                .bind("balanceAfter", decimal(balanceAfter))
                .bind("integration", text(integration))
                .bind("key", text(key))
                .bind("platformReference", text(platformReference))
                .bind("createdAt", instant(createdAt)));
  }

  void updateBalance(String player, String currency, BigDecimal balance) {
    sql.later(
        statements.updateBalance,
        () -> "no account for " + player + " " + currency,
        u ->
            u.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("balance", decimal(balance)));
  }

  Optional<LedgerRow> findByReference(String reference) {
    return sql.one(
        statements.findByReference, Rows.LEDGER, q -> q.bind("reference", text(reference)));
  }

  int setLocked(String player, boolean locked) {
    return sql.update(
        statements.setLocked, u -> u.bind("player", text(player)).bind("locked", bool(locked)));
  }

  List<LedgerRow> recentEntries(String player, String currency, int limit) {
    return sql.list(
        statements.recentEntries,
        Rows.LEDGER,
        q ->
            q.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("limit", integer(limit)));
  }

  List<AccountRow> firstAccounts(int limit) {
    return sql.list(statements.firstAccounts, Rows.ACCOUNT, q -> q.bind("limit", integer(limit)));
  }

  List<AccountRow> accountsAfter(String player, String currency, int limit) {
    return sql.list(
        statements.accountsAfter,
        Rows.ACCOUNT,
        q ->
            q.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("limit", integer(limit)));
  }

  List<LedgerRow> allEntries(String player, String currency) {
    return sql.list(
        statements.allEntries,
        Rows.LEDGER,
        q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }
}
