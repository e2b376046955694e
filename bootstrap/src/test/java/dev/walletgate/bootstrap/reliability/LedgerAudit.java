package dev.walletgate.bootstrap.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.LedgerVerification;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.bootstrap.reliability.ProviderBook.BetBelief;
import dev.walletgate.bootstrap.reliability.ProviderBook.WinBelief;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks after a run, straight on the service's database: L1 for every account through the
 * verify-ledger use case, no negative balance, and the providers' book against the ledger (every
 * placed bet debited once, every cancelled bet refunded once or never debited, every paid win
 * credited once, nothing else moved, every balance what the book says).
 */
final class LedgerAudit {
  // The service runs Walletgate in its default schema.
  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;

  /** What the audit found; {@code discrepancies} must be empty. */
  record Result(long accounts, long entries, List<String> discrepancies) {}

  private record Entry(String player, String kind, BigDecimal amount, String key) {}

  private LedgerAudit() {}

  static Result audit(ProviderBook book, String jdbcUrl, String user, Persistence persistence)
      throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(jdbcUrl.startsWith("jdbc:h2:") ? "" : null);
    config.setMaximumPoolSize(2);
    config.setPoolName("reliability-audit");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      List<String> found = new ArrayList<>();
      LedgerVerification l1;
      try (Walletgate walletgate =
          Walletgate.builder(persistence.open(pool)).migrate(false).build()) {
        l1 = walletgate.services().reconciliation().verifyLedger(n -> {});
      }
      l1.mismatches().forEach(m -> found.add("L1 fails: " + m));
      try (Connection c = pool.getConnection()) {
        Map<String, BigDecimal> balances = balances(c, found);
        List<Entry> entries = entries(c);
        compare(book, entries, balances, found);
        return new Result(l1.accountsChecked(), entries.size(), found);
      }
    }
  }

  private static Map<String, BigDecimal> balances(Connection c, List<String> found)
      throws SQLException {
    Map<String, BigDecimal> balances = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT player_id, currency, balance FROM " + SCHEMA + ".accounts");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        BigDecimal balance = r.getBigDecimal(3);
        if (balance.signum() < 0) {
          found.add("M4: negative balance " + balance + " for " + r.getString(1));
        }
        balances.put(r.getString(1) + "|" + r.getString(2), balance);
      }
    }
    return balances;
  }

  private static List<Entry> entries(Connection c) throws SQLException {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT player_id, kind, amount, integration, entry_key, platform_reference"
                    + " FROM "
                    + SCHEMA
                    + ".ledger_entries WHERE currency = 'USD' ORDER BY entry_no");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String integration = r.getString(4);
        String key = integration == null ? r.getString(6) : integration + "|" + r.getString(5);
        entries.add(new Entry(r.getString(1), r.getString(2), r.getBigDecimal(3), key));
      }
    }
    return entries;
  }

  private static void compare(
      ProviderBook book,
      List<Entry> entries,
      Map<String, BigDecimal> balances,
      List<String> found) {
    Map<String, List<Entry>> byKey = new HashMap<>();
    for (Entry e : entries) {
      byKey.computeIfAbsent(e.kind() + "|" + e.key(), k -> new ArrayList<>()).add(e);
    }
    Set<String> explained = new HashSet<>();
    Map<String, BigDecimal> expected = new HashMap<>();
    book.deposits()
        .forEach(
            (playerAndReference, amount) -> {
              String player = playerAndReference.substring(0, playerAndReference.indexOf('|'));
              String reference = playerAndReference.substring(player.length() + 1);
              String id = "DEPOSIT|" + reference;
              explained.add(id);
              exactly(byKey, id, player, amount, 1, found);
              expected.merge(player, amount, BigDecimal::add);
            });
    for (BetBelief bet : book.bets()) {
      String key = bet.integration() + "|" + bet.key();
      String debit = "BET|" + key;
      String refund = "REFUND|" + key;
      explained.add(debit);
      explained.add(refund);
      int debits = count(byKey, debit, bet.player(), bet.stake().negate(), found);
      int refunds = count(byKey, refund, bet.player(), bet.stake(), found);
      boolean agrees;
      switch (bet.state()) {
        case PLACED -> {
          agrees = debits == 1 && refunds == 0;
          expected.merge(bet.player(), bet.stake().negate(), BigDecimal::add);
        }
        case CANCELLED -> agrees = debits == refunds && debits <= 1;
        case REFUSED -> agrees = debits == 0 && refunds == 0;
        default -> {
          agrees = debits <= 1 && refunds <= debits;
          if (debits > refunds) {
            expected.merge(bet.player(), bet.stake().negate(), BigDecimal::add);
          }
        }
      }
      if (!agrees) {
        found.add(
            "bet "
                + key
                + " is "
                + bet.state()
                + " for the provider but has "
                + debits
                + " debits and "
                + refunds
                + " refunds");
      }
    }
    for (WinBelief win : book.wins()) {
      String id = "WIN|" + win.integration() + "|" + win.key();
      explained.add(id);
      int credits = count(byKey, id, win.player(), win.amount(), found);
      boolean zero = win.amount().signum() == 0;
      boolean agrees;
      switch (win.state()) {
        case PAID -> {
          agrees = zero ? credits <= 1 : credits == 1;
          expected.merge(win.player(), win.amount(), BigDecimal::add);
        }
        case REFUSED -> agrees = credits == 0;
        default -> {
          agrees = credits <= 1;
          if (credits == 1) {
            expected.merge(win.player(), win.amount(), BigDecimal::add);
          }
        }
      }
      if (!agrees) {
        found.add(
            "win "
                + id
                + " is "
                + win.state()
                + " for the provider but has "
                + credits
                + " credits");
      }
    }
    for (Map.Entry<String, List<Entry>> group : byKey.entrySet()) {
      if (!explained.contains(group.getKey())) {
        found.add("movement the providers never made: " + group.getValue());
      }
    }
    expected.forEach(
        (player, balance) -> {
          BigDecimal actual = balances.get(player + "|USD");
          if (actual == null || actual.compareTo(balance) != 0) {
            found.add("balance of " + player + " is " + actual + ", the book says " + balance);
          }
        });
  }

  /** How many entries move exactly {@code amount} for {@code player}; others are reported. */
  private static int count(
      Map<String, List<Entry>> byKey,
      String id,
      String player,
      BigDecimal amount,
      List<String> found) {
    List<Entry> matching = byKey.getOrDefault(id, List.of());
    for (Entry e : matching) {
      if (!e.player().equals(player) || e.amount().compareTo(amount) != 0) {
        found.add(
            "entry "
                + id
                + " moved "
                + e.amount()
                + " for "
                + e.player()
                + ", expected "
                + amount
                + " for "
                + player);
      }
    }
    return matching.size();
  }

  private static void exactly(
      Map<String, List<Entry>> byKey,
      String id,
      String player,
      BigDecimal amount,
      int times,
      List<String> found) {
    int n = count(byKey, id, player, amount, found);
    if (n != times) {
      found.add(id + " booked " + n + " times, expected " + times);
    }
  }
}
