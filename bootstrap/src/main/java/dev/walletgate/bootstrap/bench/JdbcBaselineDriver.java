package dev.walletgate.bootstrap.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline: the work of each callback (claim the request or find its record, lock and read what
 * the rules need, write the round, bet or win, the ledger entry, the balance, the event, the
 * session's last-seen time and the request's outcome) through plain JDBC on the same pool, in as
 * few round trips as the database allows, with only the arithmetic the rules need and none of the
 * library around it. A callback is two round trips on PostgreSQL and two executions on H2: one
 * query that claims the request and reads (and locks) the facts, BEGIN riding with it on
 * PostgreSQL; then the writes and COMMIT as one multi-statement (a duplicate: COMMIT alone).
 */
final class JdbcBaselineDriver implements Driver {
  private static final BigDecimal STAKE = new BigDecimal(Mix.STAKE);
  private static final BigDecimal WIN = new BigDecimal(Mix.WIN);
  private static final Map<String, String> EVENT_KINDS =
      Map.of("BET", "BET_DEBITED", "WIN", "WIN_CREDITED", "REFUND", "BET_REFUNDED");

  private final DataSource pool;
  private final BaselineDialect dialect;

  JdbcBaselineDriver(DataSource pool, BaselineDialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
  }

  /** Drivers on the pool, its database's dialect read once, here. */
  static InProcessBench.DriverFactory on(DataSource pool) throws SQLException {
    BaselineDialect dialect = BaselineDialect.of(pool);
    return () -> new JdbcBaselineDriver(pool, dialect);
  }

  @Override
  public boolean execute(Step step) throws SQLException {
    try (Connection c = pool.getConnection()) {
      try {
        return run(c, step);
      } catch (SQLException | RuntimeException e) {
        try {
          dialect.abort(c);
        } catch (SQLException | RuntimeException abort) {
          e.addSuppressed(abort);
        }
        throw e;
      } finally {
        dialect.release(c);
      }
    }
  }

  private boolean run(Connection c, Step step) throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String fingerprint = fingerprint(step);
    BaselineOpening opening =
        dialect.open(
            c,
            new BaselineDialect.Claim(
                step.requestId(), step.kind().name(), fingerprint, now, step.key()),
            step);
    BaselineWrites writes = new BaselineWrites();
    if (!opening.claimed()) {
      // A duplicate is answered from its record, which must be of the same request.
      writes.commit(c);
      return fingerprint.equals(opening.recordedFingerprint());
    }
    BaselineFacts facts = opening.facts();
    Outcome outcome =
        switch (step.kind()) {
          case BET -> bet(step, facts, writes, now);
          case WIN -> win(step, facts, writes, now);
          case END_ROUND -> endRound(step, facts, writes, now);
          case CANCEL, REFUND -> cancel(step, facts, writes, now);
        };
    writes.add(BaselineSql.complete(step, outcome.transaction, outcome.balance));
    writes.commit(c);
    return true;
  }

  private static Outcome bet(
      Step step, BaselineFacts facts, BaselineWrites writes, OffsetDateTime now) {
    if (facts.betState() != null) {
      // The key is taken: answered with the balance, nothing written.
      return new Outcome(null, facts.balance());
    }
    String transaction = UUID.randomUUID().toString();
    if (facts.roundState() == null) {
      writes.add(BaselineSql.openRound(step));
    }
    writes.add(BaselineSql.insertBet(step, STAKE, transaction, now));
    BigDecimal after = facts.balance().subtract(STAKE);
    book(writes, step, transaction, "BET", STAKE.negate(), after, now);
    if (facts.sessionDue(now)) {
      writes.add(BaselineSql.touchSession(step, now));
    }
    return new Outcome(transaction, after);
  }

  private static Outcome win(
      Step step, BaselineFacts facts, BaselineWrites writes, OffsetDateTime now) {
    if (facts.winExists()) {
      return new Outcome(null, facts.balance());
    }
    String transaction = UUID.randomUUID().toString();
    writes.add(BaselineSql.insertWin(step, WIN, transaction, now));
    BigDecimal after = facts.balance().add(WIN);
    book(writes, step, transaction, "WIN", WIN, after, now);
    return new Outcome(transaction, after);
  }

  private static Outcome endRound(
      Step step, BaselineFacts facts, BaselineWrites writes, OffsetDateTime now) {
    writes.add(BaselineSql.endRound(step));
    if (facts.openRoundBets() > 0) {
      writes.add(BaselineSql.settleOpenBets(step));
    }
    writes.add(BaselineSql.event(step, "ROUND_SETTLED", step.round(), null, null, null, now));
    return new Outcome(null, facts.balance());
  }

  private static Outcome cancel(
      Step step, BaselineFacts facts, BaselineWrites writes, OffsetDateTime now) {
    if (!"OPEN".equals(facts.betState())) {
      return new Outcome(null, facts.balance());
    }
    String transaction = UUID.randomUUID().toString();
    writes.add(BaselineSql.cancelBet(step, transaction));
    BigDecimal after = facts.balance().add(STAKE);
    book(writes, step, transaction, "REFUND", STAKE, after, now);
    return new Outcome(transaction, after);
  }

  // The ledger entry, the balance after it and its event.
  private static void book(
      BaselineWrites writes,
      Step step,
      String transaction,
      String kind,
      BigDecimal amount,
      BigDecimal after,
      OffsetDateTime now) {
    writes.add(BaselineSql.ledgerEntry(step, transaction, kind, amount, after, now));
    writes.add(BaselineSql.balance(step, after));
    writes.add(
        BaselineSql.event(
            step, EVENT_KINDS.get(kind), step.key(), amount, after, transaction, now));
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

  /** A claimed callback's answer: its transaction (null when nothing was booked), the balance. */
  private record Outcome(String transaction, BigDecimal balance) {}
}
