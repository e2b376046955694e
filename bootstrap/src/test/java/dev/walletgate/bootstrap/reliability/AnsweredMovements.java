package dev.walletgate.bootstrap.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The money movements the providers and the platform had been answered success for at one moment
 * (deposits, and every success answer noted in the {@link ProviderBook} as it arrived), to be
 * looked up in a ledger: a movement answered success and then missing is one the database lost.
 */
final class AnsweredMovements {
  private final Set<String> movements = new HashSet<>();
  private final Set<String> refunds = new HashSet<>();

  private AnsweredMovements() {}

  /** What had been answered success so far. */
  static AnsweredMovements of(ProviderBook book) {
    AnsweredMovements answered = new AnsweredMovements();
    book.deposits()
        .keySet()
        .forEach(
            playerAndReference ->
                answered.movements.add(
                    "DEPOSIT|"
                        + playerAndReference.substring(playerAndReference.indexOf('|') + 1)));
    for (String movement : book.answeredMovements()) {
      if (movement.startsWith("REFUND|")) {
        // A cancel answered success refunds the debit if there was one; a cancel of a bet that
        // never arrived moves nothing, so only a refund missing beside its debit is a loss.
        answered.refunds.add(movement.substring("REFUND|".length()));
      } else {
        answered.movements.add(movement);
      }
    }
    return answered;
  }

  int size() {
    return movements.size() + refunds.size();
  }

  /** The answered movements that the database behind {@code jdbcUrl} does not hold. */
  List<String> missingFrom(String jdbcUrl) throws SQLException {
    Set<String> booked = new HashSet<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT kind, integration, entry_key, platform_reference FROM walletgate.ledger_entries")) {
      while (r.next()) {
        String integration = r.getString(2);
        booked.add(
            r.getString(1)
                + "|"
                + (integration == null ? r.getString(4) : integration + "|" + r.getString(3)));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String movement : movements) {
      if (!booked.contains(movement)) {
        missing.add(movement);
      }
    }
    for (String key : refunds) {
      if (booked.contains("BET|" + key) && !booked.contains("REFUND|" + key)) {
        missing.add("REFUND|" + key);
      }
    }
    return missing;
  }
}
