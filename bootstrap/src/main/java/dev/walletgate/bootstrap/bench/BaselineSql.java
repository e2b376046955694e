package dev.walletgate.bootstrap.bench;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The SQL the plain-JDBC baseline sends on both databases, but for the request claim's insert (see
 * {@link PostgresBaseline} and {@link H2Baseline}): the query that claims and reads what a
 * callback's rules need, and the writes, each bound to its values.
 */
final class BaselineSql {
  static final String KYREN = "kyren";

  // Each column is a subquery of its own, in one query without a FROM: a subquery's FOR UPDATE
  // locks its own rows, on PostgreSQL and on H2 alike. H2 caches a prepared query for its session
  // unless the query itself is FOR UPDATE, so this one is parsed once per connection rather than
  // once per callback.
  private static final String RECORDED =
      tables(
          "(SELECT q.fingerprint FROM $.request_records q"
              + " WHERE q.integration = ? AND q.request_id = ?) AS recorded");
  private static final String BET_STATE =
      tables(
          "(SELECT b.state FROM $.bets b WHERE b.integration = ? AND b.bet_key = ?"
              + " FOR UPDATE) AS bet_state");
  // A bet whose key is taken needs no round, as in the adapters.
  private static final String ROUND_UNLESS_KEY_TAKEN =
      tables(
          "(SELECT r.state FROM $.rounds r WHERE r.integration = ? AND r.round_id = ?"
              + " AND NOT EXISTS (SELECT 1 FROM $.bets k WHERE k.integration = ? AND k.bet_key = ?)"
              + " FOR UPDATE) AS round_state");
  private static final String ROUND_STATE =
      tables(
          "(SELECT r.state FROM $.rounds r WHERE r.integration = ? AND r.round_id = ?"
              + " FOR UPDATE) AS round_state");
  // Every bet of the round is locked, in the adapters' order; their states come as one array.
  private static final String ROUND_BETS =
      tables(
          "ARRAY(SELECT b.state FROM $.bets b WHERE b.integration = ? AND b.round_id = ?"
              + " ORDER BY b.created_at, b.bet_key FOR UPDATE) AS round_bets");
  private static final String LAST_SEEN =
      tables("(SELECT s.last_seen_at FROM $.sessions s WHERE s.session_id = ?) AS last_seen_at");
  private static final String WIN_EXISTS =
      tables(
          "EXISTS (SELECT 1 FROM $.wins w WHERE w.integration = ? AND w.win_key = ?)"
              + " AS win_exists");
  private static final String PLAYER_LOCKED =
      tables("(SELECT p.locked FROM $.players p WHERE p.player_id = ?) AS locked");
  // Written last: both databases evaluate the columns in order, so the account is locked after
  // the bet and round rows, as in the adapters.
  private static final String BALANCE =
      tables(
          "(SELECT a.balance FROM $.accounts a WHERE a.player_id = ? AND a.currency = ?)"
              + " AS balance");
  private static final String BALANCE_FOR_UPDATE =
      tables(
          "(SELECT a.balance FROM $.accounts a WHERE a.player_id = ? AND a.currency = ?"
              + " FOR UPDATE) AS balance");

  private static final String OPEN_ROUND =
      tables("INSERT INTO $.rounds (integration, round_id, state) VALUES (?, ?, 'OPEN')");
  private static final String INSERT_BET =
      tables(
          "INSERT INTO $.bets (integration, bet_key, player_id, currency, stake, round_id,"
              + " session_id, state, debit_transaction_id, cancel_transaction_id, created_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, NULL, ?)");
  private static final String INSERT_WIN =
      tables(
          "INSERT INTO $.wins (integration, win_key, player_id, currency, amount, round_id,"
              + " transaction_id, created_at, win_part, jackpot_part)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)");
  private static final String CANCEL_BET =
      tables(
          "UPDATE $.bets SET state = 'CANCELLED', cancel_transaction_id = ?"
              + " WHERE integration = ? AND bet_key = ?");
  private static final String END_ROUND =
      tables("UPDATE $.rounds SET state = 'ENDED' WHERE integration = ? AND round_id = ?");
  // The open bets the facts query locked, settled by one statement rather than one per bet.
  private static final String SETTLE_OPEN_BETS =
      tables(
          "UPDATE $.bets SET state = 'SETTLED', cancel_transaction_id = NULL"
              + " WHERE integration = ? AND round_id = ? AND state = 'OPEN'");
  private static final String LEDGER_ENTRY =
      tables(
          "INSERT INTO $.ledger_entries (transaction_id, player_id, currency, kind, amount,"
              + " balance_after, integration, entry_key, platform_reference, created_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)");
  private static final String UPDATE_BALANCE =
      tables("UPDATE $.accounts SET balance = ? WHERE player_id = ? AND currency = ?");
  private static final String EVENT =
      tables(
          "INSERT INTO $.wallet_events (event_id, event_kind, player_id, currency, amount,"
              + " balance_after, integration, event_key, transaction_id, occurred_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  private static final String TOUCH_SESSION =
      tables("UPDATE $.sessions SET last_seen_at = ? WHERE session_id = ?");
  private static final String COMPLETE =
      tables(
          "UPDATE $.request_records SET outcome_result = 'SUCCESS', outcome_transaction_id = ?,"
              + " outcome_balance = ?, outcome_currency = ?"
              + " WHERE integration = ? AND request_id = ?");

  private BaselineSql() {}

  /** The table names in the schema the bench runs Walletgate in. */
  static String tables(String sql) {
    return sql.replace("$.", JdbiPersistence.DEFAULT_SCHEMA + ".");
  }

  /**
   * The query that opens a callback, one row: the dialect's {@code claimed} column first (and the
   * WITH before it on PostgreSQL), then the fingerprint already recorded for the request id (null
   * when none is), what the kind's rules read, the player's lock flag and the balance (the account
   * locked, but for an end-round, as in the adapters), locking what the adapters lock. A duplicate
   * reads and locks the same, as the Jdbi adapter's claim sent with its reads does; its COMMIT
   * releases them.
   */
  static BoundSql opening(BoundSql claimed, Step step) {
    BoundSql facts = facts(step);
    List<Object> values = new ArrayList<>(claimed.values());
    values.add(KYREN);
    values.add(step.requestId());
    values.addAll(facts.values());
    return new BoundSql(
        claimed.text() + ", " + RECORDED + ", " + facts.text(),
        Collections.unmodifiableList(values));
  }

  // The columns of what the kind's rules read.
  private static BoundSql facts(Step step) {
    String player = step.player().id();
    String key = step.key();
    String round = step.round();
    return switch (step.kind()) {
      case BET ->
          BoundSql.of(
              columns(
                  BET_STATE, ROUND_UNLESS_KEY_TAKEN, LAST_SEEN, PLAYER_LOCKED, BALANCE_FOR_UPDATE),
              KYREN,
              key,
              KYREN,
              round,
              KYREN,
              key,
              step.player().session(),
              player,
              player,
              Mix.CURRENCY);
      case WIN ->
          BoundSql.of(
              columns(WIN_EXISTS, ROUND_STATE, ROUND_BETS, PLAYER_LOCKED, BALANCE_FOR_UPDATE),
              KYREN,
              key,
              KYREN,
              round,
              KYREN,
              round,
              player,
              player,
              Mix.CURRENCY);
      case END_ROUND ->
          BoundSql.of(
              columns(ROUND_STATE, ROUND_BETS, PLAYER_LOCKED, BALANCE),
              KYREN,
              round,
              KYREN,
              round,
              player,
              player,
              Mix.CURRENCY);
      case CANCEL, REFUND ->
          BoundSql.of(
              columns(BET_STATE, PLAYER_LOCKED, BALANCE_FOR_UPDATE),
              KYREN,
              key,
              player,
              player,
              Mix.CURRENCY);
    };
  }

  private static String columns(String... columns) {
    return String.join(", ", columns);
  }

  static BoundSql openRound(Step step) {
    return BoundSql.of(OPEN_ROUND, KYREN, step.round());
  }

  static BoundSql insertBet(Step step, BigDecimal stake, String transaction, OffsetDateTime now) {
    return BoundSql.of(
        INSERT_BET,
        KYREN,
        step.key(),
        step.player().id(),
        Mix.CURRENCY,
        stake,
        step.round(),
        step.player().session(),
        transaction,
        now);
  }

  static BoundSql insertWin(Step step, BigDecimal amount, String transaction, OffsetDateTime now) {
    return BoundSql.of(
        INSERT_WIN,
        KYREN,
        step.key(),
        step.player().id(),
        Mix.CURRENCY,
        amount,
        step.round(),
        transaction,
        now);
  }

  static BoundSql cancelBet(Step step, String transaction) {
    return BoundSql.of(CANCEL_BET, transaction, KYREN, step.key());
  }

  static BoundSql endRound(Step step) {
    return BoundSql.of(END_ROUND, KYREN, step.round());
  }

  static BoundSql settleOpenBets(Step step) {
    return BoundSql.of(SETTLE_OPEN_BETS, KYREN, step.round());
  }

  static BoundSql ledgerEntry(
      Step step,
      String transaction,
      String kind,
      BigDecimal amount,
      BigDecimal after,
      OffsetDateTime now) {
    return BoundSql.of(
        LEDGER_ENTRY,
        transaction,
        step.player().id(),
        Mix.CURRENCY,
        kind,
        amount,
        after,
        KYREN,
        step.key(),
        now);
  }

  static BoundSql balance(Step step, BigDecimal after) {
    return BoundSql.of(UPDATE_BALANCE, after, step.player().id(), Mix.CURRENCY);
  }

  /** The event feed's row of the change (E1), as the adapters append it. */
  static BoundSql event(
      Step step,
      String kind,
      String key,
      BigDecimal amount,
      BigDecimal after,
      String transaction,
      OffsetDateTime now) {
    return BoundSql.of(
        EVENT,
        UUID.randomUUID().toString(),
        kind,
        step.player().id(),
        Mix.CURRENCY,
        amount,
        after,
        KYREN,
        key,
        transaction,
        now);
  }

  static BoundSql touchSession(Step step, OffsetDateTime now) {
    return BoundSql.of(TOUCH_SESSION, now, step.player().session());
  }

  /** The request record's outcome; the baseline answers every claimed callback as a success. */
  static BoundSql complete(Step step, String transaction, BigDecimal balance) {
    return BoundSql.of(COMPLETE, transaction, balance, Mix.CURRENCY, KYREN, step.requestId());
  }
}
