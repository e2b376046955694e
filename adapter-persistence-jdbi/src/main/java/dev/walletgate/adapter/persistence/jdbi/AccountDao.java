package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.AccountRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.LedgerRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the players, accounts and ledger_entries tables. */
@RegisterConstructorMapper(AccountRow.class)
@RegisterConstructorMapper(LedgerRow.class)
interface AccountDao {
  String ACCOUNT =
      "SELECT a.player_id, a.currency, a.balance,"
          + " (SELECT p.locked FROM players p WHERE p.player_id = a.player_id) AS locked"
          + " FROM accounts a";

  String ENTRY =
      "SELECT transaction_id, player_id, currency, kind, amount, balance_after, integration,"
          + " entry_key, created_at FROM ledger_entries";

  @SqlQuery(ACCOUNT + " WHERE a.player_id = :player AND a.currency = :currency FOR UPDATE")
  Optional<AccountRow> findForUpdate(
      @Bind("player") String player, @Bind("currency") String currency);

  @SqlQuery(ACCOUNT + " WHERE a.player_id = :player AND a.currency = :currency")
  Optional<AccountRow> find(@Bind("player") String player, @Bind("currency") String currency);

  @SqlQuery(ACCOUNT + " WHERE a.player_id = :player ORDER BY a.currency")
  List<AccountRow> findAll(@Bind("player") String player);

  @SqlQuery("SELECT count(*) FROM players WHERE player_id = :player")
  int countPlayers(@Bind("player") String player);

  @SqlUpdate(
      "INSERT INTO players (player_id, locked, created_at) VALUES (:player, FALSE, :createdAt)")
  void insertPlayer(@Bind("player") String player, @Bind("createdAt") Instant createdAt);

  @SqlUpdate(
      "INSERT INTO accounts (player_id, currency, balance, created_at)"
          + " VALUES (:player, :currency, 0, :createdAt)")
  void insertAccount(
      @Bind("player") String player,
      @Bind("currency") String currency,
      @Bind("createdAt") Instant createdAt);

  @SqlUpdate(
      "INSERT INTO ledger_entries (transaction_id, player_id, currency, kind, amount,"
          + " balance_after, integration, entry_key, platform_reference, created_at)"
          + " VALUES (:transactionId, :player, :currency, :kind, :amount, :balanceAfter,"
          + " :integration, :key, :platformReference, :createdAt)")
  void insertEntry(
      @Bind("transactionId") String transactionId,
      @Bind("player") String player,
      @Bind("currency") String currency,
      @Bind("kind") String kind,
      @Bind("amount") BigDecimal amount,
      @Bind("balanceAfter") BigDecimal balanceAfter,
      @Bind("integration") String integration,
      @Bind("key") String key,
      @Bind("platformReference") String platformReference,
      @Bind("createdAt") Instant createdAt);

  @SqlUpdate(
      "UPDATE accounts SET balance = :balance WHERE player_id = :player AND currency = :currency")
  int updateBalance(
      @Bind("player") String player,
      @Bind("currency") String currency,
      @Bind("balance") BigDecimal balance);

  @SqlQuery(ENTRY + " WHERE platform_reference = :reference")
  Optional<LedgerRow> findByReference(@Bind("reference") String reference);

  @SqlUpdate("UPDATE players SET locked = :locked WHERE player_id = :player")
  int setLocked(@Bind("player") String player, @Bind("locked") boolean locked);

  @SqlQuery(
      ENTRY
          + " WHERE player_id = :player AND currency = :currency"
          + " ORDER BY entry_no DESC LIMIT :limit")
  List<LedgerRow> recentEntries(
      @Bind("player") String player, @Bind("currency") String currency, @Bind("limit") int limit);

  // Keyset paging over the primary key (player_id, currency); the same SQL on H2 and PostgreSQL.
  @SqlQuery(ACCOUNT + " ORDER BY a.player_id, a.currency LIMIT :limit")
  List<AccountRow> firstAccounts(@Bind("limit") int limit);

  @SqlQuery(
      ACCOUNT
          + " WHERE a.player_id > :player OR (a.player_id = :player AND a.currency > :currency)"
          + " ORDER BY a.player_id, a.currency LIMIT :limit")
  List<AccountRow> accountsAfter(
      @Bind("player") String player, @Bind("currency") String currency, @Bind("limit") int limit);

  @SqlQuery(ENTRY + " WHERE player_id = :player AND currency = :currency ORDER BY entry_no")
  List<LedgerRow> allEntries(@Bind("player") String player, @Bind("currency") String currency);
}
