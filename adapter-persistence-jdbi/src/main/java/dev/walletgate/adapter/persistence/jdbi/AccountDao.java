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
  private static final String ACCOUNT =
      "SELECT a.player_id, a.currency, a.balance,"
          + " (SELECT p.locked FROM players p WHERE p.player_id = a.player_id) AS locked"
          + " FROM accounts a";

  private static final String ENTRY =
      "SELECT transaction_id, player_id, currency, kind, amount, balance_after, integration,"
          + " entry_key, created_at FROM ledger_entries";

  private static final String FIND_FOR_UPDATE =
      ACCOUNT + " WHERE a.player_id = :player AND a.currency = :currency FOR UPDATE";
  private static final String FIND =
      ACCOUNT + " WHERE a.player_id = :player AND a.currency = :currency";
  private static final String FIND_ALL =
      ACCOUNT + " WHERE a.player_id = :player ORDER BY a.currency";
  private static final String COUNT_PLAYERS =
      "SELECT count(*) FROM players WHERE player_id = :player";
  private static final String INSERT_PLAYER =
      "INSERT INTO players (player_id, locked, created_at) VALUES (:player, FALSE, :createdAt)";
  private static final String INSERT_ACCOUNT =
      "INSERT INTO accounts (player_id, currency, balance, created_at)"
          + " VALUES (:player, :currency, 0, :createdAt)";
  private static final String INSERT_ENTRY =
      "INSERT INTO ledger_entries (transaction_id, player_id, currency, kind, amount,"
          + " balance_after, integration, entry_key, platform_reference, created_at)"
          + " VALUES (:transactionId, :player, :currency, :kind, :amount, :balanceAfter,"
          + " :integration, :key, :platformReference, :createdAt)";
  private static final String UPDATE_BALANCE =
      "UPDATE accounts SET balance = :balance WHERE player_id = :player AND currency = :currency";
  private static final String FIND_BY_REFERENCE = ENTRY + " WHERE platform_reference = :reference";
  private static final String SET_LOCKED =
      "UPDATE players SET locked = :locked WHERE player_id = :player";
  private static final String RECENT_ENTRIES =
      ENTRY
          + " WHERE player_id = :player AND currency = :currency"
          + " ORDER BY entry_no DESC LIMIT :limit";
  // Keyset paging over the primary key (player_id, currency); the same SQL on H2 and PostgreSQL.
  private static final String FIRST_ACCOUNTS =
      ACCOUNT + " ORDER BY a.player_id, a.currency LIMIT :limit";
  private static final String ACCOUNTS_AFTER =
      ACCOUNT
          + " WHERE a.player_id > :player OR (a.player_id = :player AND a.currency > :currency)"
          + " ORDER BY a.player_id, a.currency LIMIT :limit";
  private static final String ALL_ENTRIES =
      ENTRY + " WHERE player_id = :player AND currency = :currency ORDER BY entry_no";

  private final Sql sql;

  AccountDao(Sql sql) {
    this.sql = sql;
  }

  Optional<AccountRow> findForUpdate(String player, String currency) {
    return sql.one(
        FIND_FOR_UPDATE,
        Rows.ACCOUNT,
        q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }

  Optional<AccountRow> find(String player, String currency) {
    return sql.one(
        FIND, Rows.ACCOUNT, q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }

  List<AccountRow> findAll(String player) {
    return sql.list(FIND_ALL, Rows.ACCOUNT, q -> q.bind("player", text(player)));
  }

  long countPlayers(String player) {
    return sql.count(COUNT_PLAYERS, q -> q.bind("player", text(player)));
  }

  void insertPlayer(String player, Instant createdAt) {
    sql.update(
        INSERT_PLAYER, u -> u.bind("player", text(player)).bind("createdAt", instant(createdAt)));
  }

  void insertAccount(String player, String currency, Instant createdAt) {
    sql.update(
        INSERT_ACCOUNT,
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
    sql.update(
        INSERT_ENTRY,
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

  int updateBalance(String player, String currency, BigDecimal balance) {
    return sql.update(
        UPDATE_BALANCE,
        u ->
            u.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("balance", decimal(balance)));
  }

  Optional<LedgerRow> findByReference(String reference) {
    return sql.one(FIND_BY_REFERENCE, Rows.LEDGER, q -> q.bind("reference", text(reference)));
  }

  int setLocked(String player, boolean locked) {
    return sql.update(SET_LOCKED, u -> u.bind("player", text(player)).bind("locked", bool(locked)));
  }

  List<LedgerRow> recentEntries(String player, String currency, int limit) {
    return sql.list(
        RECENT_ENTRIES,
        Rows.LEDGER,
        q ->
            q.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("limit", integer(limit)));
  }

  List<AccountRow> firstAccounts(int limit) {
    return sql.list(FIRST_ACCOUNTS, Rows.ACCOUNT, q -> q.bind("limit", integer(limit)));
  }

  List<AccountRow> accountsAfter(String player, String currency, int limit) {
    return sql.list(
        ACCOUNTS_AFTER,
        Rows.ACCOUNT,
        q ->
            q.bind("player", text(player))
                .bind("currency", text(currency))
                .bind("limit", integer(limit)));
  }

  List<LedgerRow> allEntries(String player, String currency) {
    return sql.list(
        ALL_ENTRIES,
        Rows.LEDGER,
        q -> q.bind("player", text(player)).bind("currency", text(currency)));
  }
}
