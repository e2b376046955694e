package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.adapter.persistence.jdbi.Args.decimal;
import static dev.walletgate.adapter.persistence.jdbi.Args.instant;
import static dev.walletgate.adapter.persistence.jdbi.Args.integer;
import static dev.walletgate.adapter.persistence.jdbi.Args.text;

import dev.walletgate.adapter.persistence.jdbi.Rows.BetRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.RoundRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the bets (bets and voids, one row per key) and rounds tables. */
final class BetDao {
  /** This DAO's SQL with its tables in one schema, built once per adapter. */
  static final class Statements {
    private final String findForUpdate;
    private final String find;
    private final QueuedSql insert;
    private final QueuedSql update;
    private final String findByRoundForUpdate;
    private final String findRoundForUpdate;
    private final String findRoundForUpdateUnlessKeyTaken;
    private final QueuedSql insertRound;
    private final QueuedSql updateRound;
    private final String inStateCreatedBefore;
    private final String countInStateCreatedBefore;
    private final String inStateNewestFirst;
    private final String countInState;

    Statements(String schema) {
      String bets = schema + ".bets";
      String rounds = schema + ".rounds";
      String bet =
          "SELECT integration, bet_key, player_id, currency, stake, round_id, session_id, state,"
              + " debit_transaction_id, cancel_transaction_id, created_at FROM "
              + bets;
      findForUpdate = bet + " WHERE integration = :integration AND bet_key = :key FOR UPDATE";
      find = bet + " WHERE integration = :integration AND bet_key = :key";
      insert =
          QueuedSql.of(
              "INSERT INTO "
                  + bets
                  + " (integration, bet_key, player_id, currency, stake, round_id, session_id,"
                  + " state, debit_transaction_id, cancel_transaction_id, created_at)"
                  + " VALUES (:integration, :key, :player, :currency, :stake, :round, :session, :state,"
                  + " :debitTransactionId, :cancelTransactionId, :createdAt)");
      update =
          QueuedSql.of(
              "UPDATE "
                  + bets
                  + " SET state = :state, cancel_transaction_id = :cancelTransactionId"
                  + " WHERE integration = :integration AND bet_key = :key");
      // Rows with equal creation times come in key order, so that the order is always the same.
      findByRoundForUpdate =
          bet
              + " WHERE integration = :integration AND round_id = :round"
              + " ORDER BY created_at, bet_key FOR UPDATE";
      findRoundForUpdate =
          "SELECT integration, round_id, state FROM "
              + rounds
              + " WHERE integration = :integration AND round_id = :round FOR UPDATE";
      findRoundForUpdateUnlessKeyTaken =
          "SELECT integration, round_id, state FROM "
              + rounds
              + " WHERE integration = :integration AND round_id = :round AND NOT EXISTS (SELECT 1"
              + " FROM "
              + bets
              + " WHERE integration = :integration AND bet_key = :key) FOR UPDATE";
      insertRound =
          QueuedSql.of(
              "INSERT INTO "
                  + rounds
                  + " (integration, round_id, state) VALUES (:integration, :round, :state)");
      updateRound =
          QueuedSql.of(
              "UPDATE "
                  + rounds
                  + " SET state = :state WHERE integration = :integration AND round_id = :round");
      // Both lists read the bets_by_state index (state, created_at); keys break ties of equal
      // times.
      inStateCreatedBefore =
          bet
              + " WHERE state = :state AND created_at < :cutoff"
              + " ORDER BY created_at, integration, bet_key LIMIT :limit";
      countInStateCreatedBefore =
          "SELECT count(*) FROM " + bets + " WHERE state = :state AND created_at < :cutoff";
      inStateNewestFirst =
          bet
              + " WHERE state = :state"
              + " ORDER BY created_at DESC, integration DESC, bet_key DESC LIMIT :limit";
      countInState = "SELECT count(*) FROM " + bets + " WHERE state = :state";
    }
  }

  private final Statements statements;
  private final Sql sql;

  BetDao(Sql sql, Statements statements) {
    this.sql = sql;
    this.statements = statements;
  }

  Optional<BetRow> findForUpdate(String integration, String key) {
    return sql.one(findForUpdateRead(integration, key));
  }

  Sql.Read<BetRow> findForUpdateRead(String integration, String key) {
    return new Sql.Read<>(
        statements.findForUpdate,
        Rows.BET,
        q -> q.bind("integration", text(integration)).bind("key", text(key)));
  }

  /** The round, locked, unless the bet key is taken: a duplicate bet leaves the round alone. */
  Sql.Read<RoundRow> findRoundForUpdateUnlessKeyTakenRead(
      String integration, String round, String key) {
    return new Sql.Read<>(
        statements.findRoundForUpdateUnlessKeyTaken,
        Rows.ROUND,
        q ->
            q.bind("integration", text(integration))
                .bind("round", text(round))
                .bind("key", text(key)));
  }

  Sql.Read<RoundRow> findRoundForUpdateRead(String integration, String round) {
    return new Sql.Read<>(
        statements.findRoundForUpdate,
        Rows.ROUND,
        q -> q.bind("integration", text(integration)).bind("round", text(round)));
  }

  Sql.Read<BetRow> findByRoundForUpdateRead(String integration, String round) {
    return new Sql.Read<>(
        statements.findByRoundForUpdate,
        Rows.BET,
        q -> q.bind("integration", text(integration)).bind("round", text(round)));
  }

  Optional<BetRow> find(String integration, String key) {
    return sql.one(
        statements.find,
        Rows.BET,
        q -> q.bind("integration", text(integration)).bind("key", text(key)));
  }

  // The key is taken when the call returns: a concurrent bet or void of it waits for this one.
  void insert(BetRow row) {
    sql.now(
        statements.insert,
        null,
        u ->
            u.bind("integration", text(row.integration()))
                .bind("key", text(row.betKey()))
                .bind("player", text(row.playerId()))
                .bind("currency", text(row.currency()))
                .bind("stake", decimal(row.stake()))
                .bind("round", text(row.roundId()))
                .bind("session", text(row.sessionId()))
                .bind("state", text(row.state()))
                .bind("debitTransactionId", text(row.debitTransactionId()))
                .bind("cancelTransactionId", text(row.cancelTransactionId()))
                .bind("createdAt", instant(row.createdAt())));
  }

  void update(String integration, String key, String state, String cancelTransactionId) {
    sql.later(
        statements.update,
        () -> "no bet row " + integration + " " + key,
        u ->
            u.bind("integration", text(integration))
                .bind("key", text(key))
                .bind("state", text(state))
                .bind("cancelTransactionId", text(cancelTransactionId)));
  }

  List<BetRow> findByRoundForUpdate(String integration, String round) {
    return sql.list(findByRoundForUpdateRead(integration, round));
  }

  Optional<RoundRow> findRoundForUpdate(String integration, String round) {
    return sql.one(findRoundForUpdateRead(integration, round));
  }

  void insertRound(String integration, String round, String state) {
    sql.later(
        statements.insertRound,
        null,
        u ->
            u.bind("integration", text(integration))
                .bind("round", text(round))
                .bind("state", text(state)));
  }

  void updateRound(String integration, String round, String state) {
    sql.later(
        statements.updateRound,
        null,
        u ->
            u.bind("integration", text(integration))
                .bind("round", text(round))
                .bind("state", text(state)));
  }

  List<BetRow> findInStateCreatedBefore(String state, Instant cutoff, int limit) {
    return sql.list(
        statements.inStateCreatedBefore,
        Rows.BET,
        q ->
            q.bind("state", text(state))
                .bind("cutoff", instant(cutoff))
                .bind("limit", integer(limit)));
  }

  long countInStateCreatedBefore(String state, Instant cutoff) {
    return sql.count(
        statements.countInStateCreatedBefore,
        q -> q.bind("state", text(state)).bind("cutoff", instant(cutoff)));
  }

  List<BetRow> findInStateNewestFirst(String state, int limit) {
    return sql.list(
        statements.inStateNewestFirst,
        Rows.BET,
        q -> q.bind("state", text(state)).bind("limit", integer(limit)));
  }

  long countInState(String state) {
    return sql.count(statements.countInState, q -> q.bind("state", text(state)));
  }
}
