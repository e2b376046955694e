package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.integer;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.BetRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.RoundRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the bets (bets and voids, one row per key) and rounds tables. */
final class BetDao {
  private static final String BET =
      "SELECT integration, bet_key, player_id, currency, stake, round_id, session_id, state,"
          + " debit_transaction_id, cancel_transaction_id, created_at FROM bets";

  private static final String FIND_FOR_UPDATE =
      BET + " WHERE integration = :integration AND bet_key = :key FOR UPDATE";
  private static final String FIND = BET + " WHERE integration = :integration AND bet_key = :key";
  private static final String INSERT =
      "INSERT INTO bets (integration, bet_key, player_id, currency, stake, round_id, session_id,"
          + " state, debit_transaction_id, cancel_transaction_id, created_at)"
          + " VALUES (:integration, :key, :player, :currency, :stake, :round, :session, :state,"
          + " :debitTransactionId, :cancelTransactionId, :createdAt)";
  private static final String UPDATE =
      "UPDATE bets SET state = :state, cancel_transaction_id = :cancelTransactionId"
          + " WHERE integration = :integration AND bet_key = :key";
  // Rows with equal creation times come in key order, so that the order is always the same.
  private static final String FIND_BY_ROUND_FOR_UPDATE =
      BET
          + " WHERE integration = :integration AND round_id = :round"
          + " ORDER BY created_at, bet_key FOR UPDATE";
  private static final String FIND_ROUND_FOR_UPDATE =
      "SELECT integration, round_id, state FROM rounds"
          + " WHERE integration = :integration AND round_id = :round FOR UPDATE";
  private static final String INSERT_ROUND =
      "INSERT INTO rounds (integration, round_id, state) VALUES (:integration, :round, :state)";
  private static final String UPDATE_ROUND =
      "UPDATE rounds SET state = :state WHERE integration = :integration AND round_id = :round";
  // Both lists read the bets_by_state index (state, created_at); keys break ties of equal times.
  private static final String IN_STATE_CREATED_BEFORE =
      BET
          + " WHERE state = :state AND created_at < :cutoff"
          + " ORDER BY created_at, integration, bet_key LIMIT :limit";
  private static final String COUNT_IN_STATE_CREATED_BEFORE =
      "SELECT count(*) FROM bets WHERE state = :state AND created_at < :cutoff";
  private static final String IN_STATE_NEWEST_FIRST =
      BET
          + " WHERE state = :state"
          + " ORDER BY created_at DESC, integration DESC, bet_key DESC LIMIT :limit";
  private static final String COUNT_IN_STATE = "SELECT count(*) FROM bets WHERE state = :state";

  private final Sql sql;

  BetDao(Sql sql) {
    this.sql = sql;
  }

  Optional<BetRow> findForUpdate(String integration, String key) {
    return sql.one(
        FIND_FOR_UPDATE,
        Rows.BET,
        q -> q.bind("integration", text(integration)).bind("key", text(key)));
  }

  Optional<BetRow> find(String integration, String key) {
    return sql.one(
        FIND, Rows.BET, q -> q.bind("integration", text(integration)).bind("key", text(key)));
  }

  void insert(
      String integration,
      String key,
      String player,
      String currency,
      BigDecimal stake,
      String round,
      String session,
      String state,
      String debitTransactionId,
      String cancelTransactionId,
      Instant createdAt) {
    sql.update(
        INSERT,
        u ->
            u.bind("integration", text(integration))
                .bind("key", text(key))
                .bind("player", text(player))
                .bind("currency", text(currency))
                .bind("stake", decimal(stake))
                .bind("round", text(round))
                .bind("session", text(session))
                .bind("state", text(state))
                .bind("debitTransactionId", text(debitTransactionId))
                .bind("cancelTransactionId", text(cancelTransactionId))
                .bind("createdAt", instant(createdAt)));
  }

  int update(String integration, String key, String state, String cancelTransactionId) {
    return sql.update(
        UPDATE,
        u ->
            u.bind("integration", text(integration))
                .bind("key", text(key))
                .bind("state", text(state))
                .bind("cancelTransactionId", text(cancelTransactionId)));
  }

  List<BetRow> findByRoundForUpdate(String integration, String round) {
    return sql.list(
        FIND_BY_ROUND_FOR_UPDATE,
        Rows.BET,
        q -> q.bind("integration", text(integration)).bind("round", text(round)));
  }

  Optional<RoundRow> findRoundForUpdate(String integration, String round) {
    return sql.one(
        FIND_ROUND_FOR_UPDATE,
        Rows.ROUND,
        q -> q.bind("integration", text(integration)).bind("round", text(round)));
  }

  void insertRound(String integration, String round, String state) {
    sql.update(
        INSERT_ROUND,
        u ->
            u.bind("integration", text(integration))
                .bind("round", text(round))
                .bind("state", text(state)));
  }

  int updateRound(String integration, String round, String state) {
    return sql.update(
        UPDATE_ROUND,
        u ->
            u.bind("integration", text(integration))
                .bind("round", text(round))
                .bind("state", text(state)));
  }

  List<BetRow> findInStateCreatedBefore(String state, Instant cutoff, int limit) {
    return sql.list(
        IN_STATE_CREATED_BEFORE,
        Rows.BET,
        q ->
            q.bind("state", text(state))
                .bind("cutoff", instant(cutoff))
                .bind("limit", integer(limit)));
  }

  long countInStateCreatedBefore(String state, Instant cutoff) {
    return sql.count(
        COUNT_IN_STATE_CREATED_BEFORE,
        q -> q.bind("state", text(state)).bind("cutoff", instant(cutoff)));
  }

  List<BetRow> findInStateNewestFirst(String state, int limit) {
    return sql.list(
        IN_STATE_NEWEST_FIRST,
        Rows.BET,
        q -> q.bind("state", text(state)).bind("limit", integer(limit)));
  }

  long countInState(String state) {
    return sql.count(COUNT_IN_STATE, q -> q.bind("state", text(state)));
  }
}
