package dev.walletgate.bootstrap.bench;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * What the baseline's opening query read for a callback's rules; what the kind does not read is
 * null, false or 0.
 *
 * @param betState the state of the bet of the callback's key, null when there is none
 * @param roundState the round's state, null when there is none (for a bet: or its key is taken)
 * @param openRoundBets how many of the round's bets are open
 * @param lastSeen when the session was last seen, null when there is no session
 */
record BaselineFacts(
    BigDecimal balance,
    boolean playerLocked,
    String betState,
    String roundState,
    int openRoundBets,
    OffsetDateTime lastSeen,
    boolean winExists) {

  /** Reads the facts from the opening query's row of a callback of the kind. */
  static BaselineFacts read(ResultSet row, Step.Kind kind) throws SQLException {
    BigDecimal balance = row.getBigDecimal("balance");
    if (balance == null) {
      throw new SQLException("the callback's player has no account");
    }
    boolean locked = row.getBoolean("locked");
    return switch (kind) {
      case BET ->
          new BaselineFacts(
              balance,
              locked,
              row.getString("bet_state"),
              row.getString("round_state"),
              0,
              row.getObject("last_seen_at", OffsetDateTime.class),
              false);
      case WIN ->
          new BaselineFacts(
              balance,
              locked,
              null,
              row.getString("round_state"),
              openBets(row),
              null,
              row.getBoolean("win_exists"));
      case END_ROUND ->
          new BaselineFacts(
              balance, locked, null, row.getString("round_state"), openBets(row), null, false);
      case CANCEL, REFUND ->
          new BaselineFacts(balance, locked, row.getString("bet_state"), null, 0, null, false);
    };
  }

  /** The session's last-seen time is written at most once a second, as the library does. */
  boolean sessionDue(OffsetDateTime now) {
    return lastSeen == null || !now.isBefore(lastSeen.plusSeconds(1));
  }

  private static int openBets(ResultSet row) throws SQLException {
    Array states = row.getArray("round_bets");
    try {
      int open = 0;
      // PostgreSQL gives a String[], H2 an Object[] of strings.
      for (Object state : (Object[]) states.getArray()) {
        if ("OPEN".equals(state)) {
          open++;
        }
      }
      return open;
    } finally {
      states.free();
    }
  }
}
