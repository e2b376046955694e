package dev.walletgate.bootstrap.bench;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline: per request, the very statements the Jdbi adapter issues for the services'
 * transaction steps (claim the request record, lock bet, round and account, insert the bet, book
 * the ledger entry and the balance, complete the record, commit), through plain JDBC on the same
 * pool, with only the arithmetic the rules need and none of the library around it.
 */
final class JdbcBaselineDriver implements Driver {
  // The bench runs Walletgate in its default schema.
  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;
  private static final String KYREN = "kyren";
  private static final BigDecimal STAKE = new BigDecimal(Mix.STAKE);
  private static final BigDecimal WIN = new BigDecimal(Mix.WIN);
  private static final Map<String, String> EVENT_KINDS =
      Map.of("BET", "BET_DEBITED", "WIN", "WIN_CREDITED", "REFUND", "BET_REFUNDED");
  private static final String ACCOUNT_FOR_UPDATE =
      "SELECT a.player_id, a.currency, a.balance,"
          + " (SELECT p.locked FROM "
          + SCHEMA
          + ".players p WHERE p.player_id = a.player_id) AS locked"
          + " FROM "
          + SCHEMA
          + ".accounts a WHERE a.player_id = ? AND a.currency = ?";
  private static final String BET =
      "SELECT integration, bet_key, player_id, currency, stake, round_id, session_id, state,"
          + " debit_transaction_id, cancel_transaction_id, created_at FROM "
          + SCHEMA
          + ".bets";

  private static final String CLAIM =
      "INSERT INTO "
          + SCHEMA
          + ".request_records (integration, request_id, operation, fingerprint,"
          + " outcome_result, outcome_transaction_id, outcome_balance, outcome_currency,"
          + " created_at, subject_key)"
          + " SELECT CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS VARCHAR), CAST(? AS NUMERIC(38, 18)),"
          + " CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE),"
          + " CAST(? AS VARCHAR)"
          + " WHERE NOT EXISTS (SELECT 1 FROM "
          + SCHEMA
          + ".request_records"
          + " WHERE integration = ? AND request_id = ?)";

  private final DataSource pool;

  JdbcBaselineDriver(DataSource pool) {
    this.pool = pool;
  }

  @Override
  public boolean execute(Step step) throws SQLException {
    try (Connection c = pool.getConnection()) {
      // The pool's connections are at READ COMMITTED already, as the adapters check.
      c.setAutoCommit(false);
      try {
        boolean ok = run(c, step);
        c.commit();
        return ok;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private boolean run(Connection c, Step step) throws SQLException {
    String fingerprint = fingerprint(step);
    int claimed;
    try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
      bind(
          claim,
          KYREN,
          step.requestId(),
          step.kind().name(),
          fingerprint,
          null,
          null,
          null,
          null,
          now(),
          step.key(),
          KYREN,
          step.requestId());
      claimed = claim.executeUpdate();
    }
    if (claimed == 0) {
      try (PreparedStatement find =
          c.prepareStatement(
              "SELECT integration, request_id, operation, fingerprint, outcome_result,"
                  + " outcome_transaction_id, outcome_balance, outcome_currency, created_at,"
                  + " subject_key FROM "
                  + SCHEMA
                  + ".request_records"
                  + " WHERE integration = ? AND request_id = ?")) {
        find.setString(1, KYREN);
        find.setString(2, step.requestId());
        try (ResultSet rs = find.executeQuery()) {
          return rs.next() && fingerprint.equals(rs.getString("fingerprint"));
        }
      }
    }
    Outcome outcome;
    switch (step.kind()) {
      case BET:
        outcome = bet(c, step);
        break;
      case WIN:
        outcome = win(c, step);
        break;
      case END_ROUND:
        outcome = endRound(c, step);
        break;
      default:
        outcome = cancel(c, step);
        break;
    }
    update(
        c,
        "UPDATE "
            + SCHEMA
            + ".request_records SET outcome_result = ?, outcome_transaction_id = ?,"
            + " outcome_balance = ?, outcome_currency = ? WHERE integration = ? AND request_id = ?",
        outcome.result,
        outcome.transaction,
        outcome.balance,
        Mix.CURRENCY,
        KYREN,
        step.requestId());
    return outcome.result.equals("SUCCESS");
  }

  private Outcome bet(Connection c, Step step) throws SQLException {
    String playerId = step.player().id();
    boolean exists = exists(c, BET + " WHERE integration = ? AND bet_key = ? FOR UPDATE", step);
    boolean roundExists =
        !exists
            && exists(
                c,
                "SELECT integration, round_id, state FROM "
                    + SCHEMA
                    + ".rounds"
                    + " WHERE integration = ? AND round_id = ? FOR UPDATE",
                KYREN,
                step.round());
    OffsetDateTime lastSeen = null;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT session_id, player_id, currency, state, opened_at, last_seen_at FROM "
                + SCHEMA
                + ".sessions"
                + " WHERE session_id = ?")) {
      s.setString(1, step.player().session());
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          lastSeen = rs.getObject("last_seen_at", OffsetDateTime.class);
        }
      }
    }
    BigDecimal balance = lockAccount(c, playerId);
    if (exists) {
      return new Outcome("SUCCESS", null, balance);
    }
    String transaction = UUID.randomUUID().toString();
    if (!roundExists) {
      update(
          c,
          "INSERT INTO " + SCHEMA + ".rounds (integration, round_id, state) VALUES (?, ?, ?)",
          KYREN,
          step.round(),
          "OPEN");
    }
    update(
        c,
        "INSERT INTO "
            + SCHEMA
            + ".bets (integration, bet_key, player_id, currency, stake, round_id, session_id,"
            + " state, debit_transaction_id, cancel_transaction_id, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        KYREN,
        step.key(),
        playerId,
        Mix.CURRENCY,
        STAKE,
        step.round(),
        step.player().session(),
        "OPEN",
        transaction,
        null,
        now());
    BigDecimal after = balance.subtract(STAKE);
    book(c, transaction, playerId, "BET", STAKE.negate(), after, step.key());
    // As the library: the session's last-seen time is written at most once a second.
    if (lastSeen == null || !now().isBefore(lastSeen.plusSeconds(1))) {
      update(
          c,
          "UPDATE " + SCHEMA + ".sessions SET last_seen_at = ? WHERE session_id = ?",
          now(),
          step.player().session());
    }
    return new Outcome("SUCCESS", transaction, after);
  }

  private Outcome win(Connection c, Step step) throws SQLException {
    String playerId = step.player().id();
    exists(
        c,
        "SELECT integration, win_key, player_id, currency, amount, round_id, transaction_id,"
            + " created_at, win_part, jackpot_part FROM "
            + SCHEMA
            + ".wins"
            + " WHERE integration = ? AND win_key = ?",
        KYREN,
        step.key());
    lockRoundAndBets(c, step);
    BigDecimal after = lockAccount(c, playerId).add(WIN);
    String transaction = UUID.randomUUID().toString();
    update(
        c,
        "INSERT INTO "
            + SCHEMA
            + ".wins (integration, win_key, player_id, currency, amount, round_id,"
            + " transaction_id, created_at, win_part, jackpot_part)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        KYREN,
        step.key(),
        playerId,
        Mix.CURRENCY,
        WIN,
        step.round(),
        transaction,
        now(),
        null,
        null);
    book(c, transaction, playerId, "WIN", WIN, after, step.key());
    return new Outcome("SUCCESS", transaction, after);
  }

  private Outcome endRound(Connection c, Step step) throws SQLException {
    BigDecimal balance = null;
    try (PreparedStatement s = c.prepareStatement(ACCOUNT_FOR_UPDATE)) {
      s.setString(1, step.player().id());
      s.setString(2, Mix.CURRENCY);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          balance = rs.getBigDecimal("balance");
        }
      }
    }
    List<String> openBets = lockRoundAndBets(c, step);
    update(
        c,
        "UPDATE " + SCHEMA + ".rounds SET state = ? WHERE integration = ? AND round_id = ?",
        "ENDED",
        KYREN,
        step.round());
    for (String bet : openBets) {
      update(
          c,
          "UPDATE "
              + SCHEMA
              + ".bets SET state = ?, cancel_transaction_id = ?"
              + " WHERE integration = ? AND bet_key = ?",
          "SETTLED",
          null,
          KYREN,
          bet);
    }
    event(c, "ROUND_SETTLED", step.player().id(), null, null, step.round(), null);
    return new Outcome("SUCCESS", null, balance);
  }

  private Outcome cancel(Connection c, Step step) throws SQLException {
    boolean open = false;
    try (PreparedStatement s =
        c.prepareStatement(BET + " WHERE integration = ? AND bet_key = ? FOR UPDATE")) {
      s.setString(1, KYREN);
      s.setString(2, step.key());
      try (ResultSet rs = s.executeQuery()) {
        open = rs.next() && rs.getString("state").equals("OPEN");
      }
    }
    BigDecimal balance = lockAccount(c, step.player().id());
    if (!open) {
      return new Outcome("SUCCESS", null, balance);
    }
    String transaction = UUID.randomUUID().toString();
    update(
        c,
        "UPDATE "
            + SCHEMA
            + ".bets SET state = ?, cancel_transaction_id = ? WHERE integration = ? AND bet_key = ?",
        "CANCELLED",
        transaction,
        KYREN,
        step.key());
    BigDecimal after = balance.add(STAKE);
    book(c, transaction, step.player().id(), "REFUND", STAKE, after, step.key());
    return new Outcome("SUCCESS", transaction, after);
  }

  private List<String> lockRoundAndBets(Connection c, Step step) throws SQLException {
    exists(
        c,
        "SELECT integration, round_id, state FROM "
            + SCHEMA
            + ".rounds"
            + " WHERE integration = ? AND round_id = ? FOR UPDATE",
        KYREN,
        step.round());
    List<String> open = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            BET
                + " WHERE integration = ? AND round_id = ? ORDER BY created_at, bet_key FOR UPDATE")) {
      s.setString(1, KYREN);
      s.setString(2, step.round());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (rs.getString("state").equals("OPEN")) {
            open.add(rs.getString("bet_key"));
          }
        }
      }
    }
    return open;
  }

  private static BigDecimal lockAccount(Connection c, String player) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(ACCOUNT_FOR_UPDATE + " FOR UPDATE")) {
      s.setString(1, player);
      s.setString(2, Mix.CURRENCY);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no account for " + player);
        }
        return rs.getBigDecimal("balance");
      }
    }
  }

  private static void book(
      Connection c,
      String transaction,
      String player,
      String kind,
      BigDecimal amount,
      BigDecimal after,
      String key)
      throws SQLException {
    update(
        c,
        "INSERT INTO "
            + SCHEMA
            + ".ledger_entries (transaction_id, player_id, currency, kind, amount,"
            + " balance_after, integration, entry_key, platform_reference, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        transaction,
        player,
        Mix.CURRENCY,
        kind,
        amount,
        after,
        KYREN,
        key,
        null,
        now());
    update(
        c,
        "UPDATE " + SCHEMA + ".accounts SET balance = ? WHERE player_id = ? AND currency = ?",
        after,
        player,
        Mix.CURRENCY);
    event(c, EVENT_KINDS.get(kind), player, amount, after, key, transaction);
  }

  /** The event feed's row of the change (E1), as the adapters append it. */
  private static void event(
      Connection c,
      String kind,
      String player,
      BigDecimal amount,
      BigDecimal after,
      String key,
      String transaction)
      throws SQLException {
    update(
        c,
        "INSERT INTO "
            + SCHEMA
            + ".wallet_events (event_id, event_kind, player_id, currency, amount, balance_after,"
            + " integration, event_key, transaction_id, occurred_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        kind,
        player,
        Mix.CURRENCY,
        amount,
        after,
        KYREN,
        key,
        transaction,
        now());
  }

  private static boolean exists(Connection c, String sql, Step step) throws SQLException {
    return exists(c, sql, KYREN, step.key());
  }

  private static boolean exists(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        s.setNull(i + 1, java.sql.Types.NULL);
      } else {
        s.setObject(i + 1, values[i]);
      }
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  // The library fingerprints every request to tell a replay from a conflicting duplicate.
  private static String fingerprint(Step step) {
    String content =
        String.join(
            "|",
            step.kind().name(),
            step.player().id(),
            step.player().session(),
            step.round(),
            step.key());
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Outcome {
    final String result;
    final String transaction;
    final BigDecimal balance;

    Outcome(String result, String transaction, BigDecimal balance) {
      this.result = result;
      this.transaction = transaction;
      this.balance = balance;
    }
  }
}
