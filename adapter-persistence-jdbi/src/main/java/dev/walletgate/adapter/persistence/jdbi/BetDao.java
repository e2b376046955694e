package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.BetRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.RoundRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the bets (bets and voids, one row per key) and rounds tables. */
@RegisterConstructorMapper(BetRow.class)
@RegisterConstructorMapper(RoundRow.class)
interface BetDao {
  String BET =
      "SELECT integration, bet_key, player_id, currency, stake, round_id, session_id, state,"
          + " debit_transaction_id, cancel_transaction_id, created_at FROM bets";

  @SqlQuery(BET + " WHERE integration = :integration AND bet_key = :key FOR UPDATE")
  Optional<BetRow> findForUpdate(@Bind("integration") String integration, @Bind("key") String key);

  @SqlQuery(BET + " WHERE integration = :integration AND bet_key = :key")
  Optional<BetRow> find(@Bind("integration") String integration, @Bind("key") String key);

  @SqlUpdate(
      "INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id,"
          + " state, debit_transaction_id, cancel_transaction_id, created_at)"
          + " VALUES (:integration, :key, :player, :currency, :stake, :round, :session, :state,"
          + " :debitTransactionId, :cancelTransactionId, :createdAt)")
  void insert(
      @Bind("integration") String integration,
      @Bind("key") String key,
      @Bind("player") String player,
      @Bind("currency") String currency,
      @Bind("stake") BigDecimal stake,
      @Bind("round") String round,
      @Bind("session") String session,
      @Bind("state") String state,
      @Bind("debitTransactionId") String debitTransactionId,
      @Bind("cancelTransactionId") String cancelTransactionId,
      @Bind("createdAt") Instant createdAt);

  @SqlUpdate(
      "UPDATE bets SET state = :state, cancel_transaction_id = :cancelTransactionId"
          + " WHERE integration = :integration AND bet_key = :key")
  int update(
      @Bind("integration") String integration,
      @Bind("key") String key,
      @Bind("state") String state,
      @Bind("cancelTransactionId") String cancelTransactionId);

  // Rows with equal creation times come in key order, so that the order is always the same.
  @SqlQuery(
      BET
          + " WHERE integration = :integration AND round_id = :round"
          + " ORDER BY created_at, bet_key FOR UPDATE")
  List<BetRow> findByRoundForUpdate(
      @Bind("integration") String integration, @Bind("round") String round);

  @SqlQuery(
      "SELECT integration, round_id, state FROM rounds"
          + " WHERE integration = :integration AND round_id = :round FOR UPDATE")
  Optional<RoundRow> findRoundForUpdate(
      @Bind("integration") String integration, @Bind("round") String round);

  @SqlUpdate(
      "INSERT INTO rounds (integration, round_id, state) VALUES (:integration, :round, :state)")
  void insertRound(
      @Bind("integration") String integration,
      @Bind("round") String round,
      @Bind("state") String state);

  @SqlUpdate(
      "UPDATE rounds SET state = :state WHERE integration = :integration AND round_id = :round")
  int updateRound(
      @Bind("integration") String integration,
      @Bind("round") String round,
      @Bind("state") String state);

  // Both lists read the bets_by_state index (state, created_at); keys break ties of equal times.
  @SqlQuery(
      BET
          + " WHERE state = :state AND created_at < :cutoff"
          + " ORDER BY created_at, integration, bet_key LIMIT :limit")
  List<BetRow> findInStateCreatedBefore(
      @Bind("state") String state, @Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM bets WHERE state = :state AND created_at < :cutoff")
  long countInStateCreatedBefore(@Bind("state") String state, @Bind("cutoff") Instant cutoff);

  @SqlQuery(
      BET
          + " WHERE state = :state"
          + " ORDER BY created_at DESC, integration DESC, bet_key DESC LIMIT :limit")
  List<BetRow> findInStateNewestFirst(@Bind("state") String state, @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM bets WHERE state = :state")
  long countInState(@Bind("state") String state);
}
