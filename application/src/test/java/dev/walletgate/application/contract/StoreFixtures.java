package dev.walletgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.FingerprintField;
import dev.walletgate.domain.rules.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows for the storage contract suites, and comparisons that treat {@code 1.5} and {@code 1.500000}
 * as the same amount (databases return NUMERIC at their column's scale).
 */
public final class StoreFixtures {
  /** Millisecond precision: every database keeps it exactly. */
  public static final Instant T0 = Instant.parse("2026-02-03T04:05:06.789Z");

  public static final PlayerId ALICE = new PlayerId("alice");
  public static final PlayerId BOB = new PlayerId("bob");
  public static final CurrencyCode EUR = new CurrencyCode("EUR");
  public static final CurrencyCode USD = new CurrencyCode("USD");
  public static final Integration KYREN = Integration.KYREN;
  public static final Integration LUCKYMONACO = Integration.LUCKYMONACO;

  private static final AtomicLong IDS = new AtomicLong();

  private StoreFixtures() {}

  public static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }

  public static OperatorTransactionId txId() {
    return new OperatorTransactionId("op-" + IDS.incrementAndGet());
  }

  /** A provider entry (bet, win or refund) for the key. */
  public static LedgerEntry entry(
      PlayerId player,
      CurrencyCode currency,
      EntryKind kind,
      String amount,
      String balanceAfter,
      String key,
      Instant at) {
    return new LedgerEntry(
        txId(), player, currency, kind, amount(amount), amount(balanceAfter), KYREN, key, at);
  }

  /** A platform deposit or withdrawal under the reference (L2). */
  public static LedgerEntry platformEntry(
      PlayerId player,
      CurrencyCode currency,
      EntryKind kind,
      String amount,
      String balanceAfter,
      String reference,
      Instant at) {
    return new LedgerEntry(
        txId(), player, currency, kind, amount(amount), amount(balanceAfter), null, reference, at);
  }

  public static Bet openBet(Integration integration, String key, String round, Instant at) {
    return new Bet(
        integration,
        new BetKey(key),
        ALICE,
        EUR,
        amount("2.50"),
        new RoundId(round),
        new SessionId("s-" + key),
        BetState.OPEN,
        txId(),
        null,
        at);
  }

  /** A void that claimed the key first (C3): no stake, no debit, possibly no currency or round. */
  public static VoidedKey voidOf(Integration integration, String key, Instant at) {
    return new VoidedKey(integration, new BetKey(key), ALICE, null, null, null, txId(), at);
  }

  /** Stores what holds a key through the port's method for its kind. */
  public static void insert(Stores stores, BetKeyHolder holder) {
    if (holder instanceof VoidedKey voided) {
      stores.bets().insertVoid(voided);
    } else {
      stores.bets().insert((Bet) holder);
    }
  }

  public static Win win(Integration integration, String key, String amount, Instant at) {
    return new Win(
        integration, new WinKey(key), ALICE, EUR, amount(amount), new RoundId("r1"), txId(), at);
  }

  public static RequestRecord pending(Integration integration, String requestId, Instant at) {
    return new RequestRecord(
        integration,
        new RequestId(requestId),
        Operation.BET,
        Fingerprint.of(Operation.BET).with(FingerprintField.KEY, requestId).digest(),
        null,
        at);
  }

  /** A pending record of the operation about the subject (a bet, win or round key, or null). */
  public static RequestRecord pending(
      Integration integration, String requestId, Operation operation, Instant at, String subject) {
    return new RequestRecord(
        integration,
        new RequestId(requestId),
        operation,
        Fingerprint.of(operation).with(FingerprintField.KEY, requestId).digest(),
        null,
        at,
        subject);
  }

  /** A refusal as the request record keeps it. */
  public static RecordedOutcome refusal(Refusal refusal) {
    return RecordedOutcome.refused(refusal, null, null);
  }

  /** Asserts the two values are equal field by field, amounts compared by value. */
  public static <T> void assertSameValues(T actual, T expected) {
    assertThat(actual)
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(expected);
  }

  /** Asserts the two lists hold equal values in the same order, amounts compared by value. */
  public static <T> void assertSameValues(List<T> actual, List<T> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertSameValues(actual.get(i), expected.get(i));
    }
  }
}
