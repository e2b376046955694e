package dev.walletgate.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.port.out.WalletEvent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of the event feed after a run: the consumer saw every committed event exactly once, in
 * position order with no hole (E2, E3), and each account's money events, replayed in position
 * order, are its ledger (E5): the same entries, amounts and balances, in the same order.
 */
final class FeedAudit {
  private static final String SCHEMA = JdbiPersistence.DEFAULT_SCHEMA;

  private record Movement(String transaction, BigDecimal amount, BigDecimal balanceAfter) {}

  private FeedAudit() {}

  static void check(String run, TestStorage storage, List<WalletEvent> seen, long failedReads)
      throws SQLException {
    List<String> found = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long expected = seen.isEmpty() ? 0 : seen.get(0).position();
    for (WalletEvent event : seen) {
      if (!ids.add(event.id())) {
        found.add("event seen twice: " + event.id());
      }
      if (event.position() != expected) {
        found.add("position " + event.position() + " where " + expected + " was due");
      }
      expected = event.position() + 1;
    }
    Map<String, List<Movement>> replayed = new LinkedHashMap<>();
    for (WalletEvent event : seen) {
      if (event.kind().movesMoney()) {
        replayed
            .computeIfAbsent(
                event.player().value() + "|" + event.currency(), a -> new ArrayList<>())
            .add(new Movement(event.transaction().value(), event.amount(), event.balanceAfter()));
      }
    }
    long stored;
    Map<String, List<Movement>> ledger;
    try (Connection c =
        DriverManager.getConnection(
            storage.jdbcUrl, storage.user, storage.jdbcUrl.startsWith("jdbc:h2:") ? "" : null)) {
      stored = count(c);
      ledger = ledger(c);
    }
    if (stored != seen.size() || (!seen.isEmpty() && seen.get(0).position() != 1)) {
      found.add("the feed holds " + stored + " events; the consumer saw " + seen.size());
    }
    for (Map.Entry<String, List<Movement>> account : ledger.entrySet()) {
      List<Movement> events = replayed.getOrDefault(account.getKey(), List.of());
      if (!same(events, account.getValue())) {
        found.add("the events of " + account.getKey() + " are not its ledger");
      }
    }
    if (!ledger.keySet().containsAll(replayed.keySet())) {
      found.add("money events for an account without entries");
    }
    System.out.printf(
        "EVENTS | %s | %s | %s | events %d, positions 1..%d, failed reads retried %d | accounts"
            + " replayed %d | discrepancies %d%n",
        run,
        storage.database,
        storage.adapter(),
        seen.size(),
        seen.isEmpty() ? 0 : seen.get(seen.size() - 1).position(),
        failedReads,
        ledger.size(),
        found.size());
    assertThat(found).as("event feed against the ledger").isEmpty();
  }

  private static boolean same(List<Movement> events, List<Movement> entries) {
    if (events.size() != entries.size()) {
      return false;
    }
    for (int i = 0; i < events.size(); i++) {
      Movement e = events.get(i);
      Movement l = entries.get(i);
      if (!e.transaction().equals(l.transaction())
          || e.amount().compareTo(l.amount()) != 0
          || e.balanceAfter().compareTo(l.balanceAfter()) != 0) {
        return false;
      }
    }
    return true;
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM " + SCHEMA + ".wallet_events");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Map<String, List<Movement>> ledger(Connection c) throws SQLException {
    Map<String, List<Movement>> ledger = new LinkedHashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT player_id, currency, transaction_id, amount, balance_after FROM "
                    + SCHEMA
                    + ".ledger_entries ORDER BY entry_no");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        ledger
            .computeIfAbsent(r.getString(1) + "|" + r.getString(2), a -> new ArrayList<>())
            .add(new Movement(r.getString(3), r.getBigDecimal(4), r.getBigDecimal(5)));
      }
    }
    return ledger;
  }
}
