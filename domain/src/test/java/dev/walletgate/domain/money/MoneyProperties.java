package dev.walletgate.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.LedgerRules;
import dev.walletgate.domain.rules.TransferDecision;
import dev.walletgate.domain.rules.TransferRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** M2-M5 and L1 over random amounts: money is never rounded and balances never go negative. */
class MoneyProperties {
  private static final CurrencyRegistry CURRENCIES = CurrencyRegistry.iso4217().with("USDT", 6);
  private static final MoneyPolicy POLICY =
      new MoneyPolicy(CURRENCIES, MoneyPolicy.DEFAULT_MAX_AMOUNT);
  private static final PlayerId PLAYER = new PlayerId("alice");
  private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

  @Property(tries = 3000)
  void M2_validAmount_keepsItsExactValueAtTheCurrencyScale(
      @ForAll("decimals") BigDecimal amount,
      @ForAll("currencies") Currency currency,
      @ForAll MoneyPolicy.Use use) {
    Checked<Money> checked = POLICY.amount(amount, currency, use);

    if (checked instanceof Checked.Valid<Money> valid) {
      assertThat(valid.value().amount()).isEqualByComparingTo(amount);
      assertThat(valid.value().amount().scale()).isEqualTo(currency.scale());
      assertThat(valid.value().currency()).isEqualTo(currency);
    } else {
      assertThat(((Checked.Invalid<Money>) checked).refusal()).isEqualTo(Refusal.INVALID_AMOUNT);
    }
  }

  @Property(tries = 3000)
  void M2_M3_amountIsValidExactlyWhenExactInRangeAndOfTheRightSign(
      @ForAll("decimals") BigDecimal amount,
      @ForAll("currencies") Currency currency,
      @ForAll MoneyPolicy.Use use) {
    // An oracle written without stripTrailingZeros: truncating to the scale must change nothing.
    boolean exactAtScale =
        amount.setScale(currency.scale(), RoundingMode.DOWN).compareTo(amount) == 0;
    boolean rightSign = use == MoneyPolicy.Use.STAKE ? amount.signum() > 0 : amount.signum() >= 0;
    boolean inRange = amount.compareTo(MoneyPolicy.DEFAULT_MAX_AMOUNT) <= 0;

    boolean accepted = POLICY.amount(amount, currency, use) instanceof Checked.Valid;

    assertThat(accepted).isEqualTo(exactAtScale && rightSign && inRange);
    // Both answers must be common, or the equivalence above would prove little.
    Statistics.label("accepted").collect(accepted);
    Statistics.label("accepted")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 10);
              coverage.check(false).percentage(p -> p > 10);
            });
  }

  @Property(tries = 3000)
  void M2_moreSignificantFractionDigitsThanTheScale_isInvalidAmount(
      @ForAll("currencies") Currency currency,
      @ForAll("unscaledEndingInANonZeroDigit") BigInteger unscaled,
      @ForAll @IntRange(min = 1, max = 30) int excessDigits,
      @ForAll MoneyPolicy.Use use) {
    BigDecimal amount = new BigDecimal(unscaled, currency.scale() + excessDigits);

    Checked<Money> checked = POLICY.amount(amount, currency, use);

    assertThat(checked).isEqualTo(new Checked.Invalid<Money>(Refusal.INVALID_AMOUNT));
  }

  @Property(tries = 3000)
  void M2_moneyWithMoreDigitsThanTheScale_throwsInsteadOfRounding(
      @ForAll("currencies") Currency currency,
      @ForAll("unscaledEndingInANonZeroDigit") BigInteger unscaled,
      @ForAll @IntRange(min = 1, max = 30) int excessDigits) {
    BigDecimal amount = new BigDecimal(unscaled, currency.scale() + excessDigits);

    Optional<Money> built = tryMoney(amount, currency);

    assertThat(built).isEmpty();
  }

  @Property(tries = 3000)
  void M5_displayRoundTripsToTheSameValueWithExactlyTheScale(
      @ForAll("currencies") Currency currency,
      @ForAll("unscaled") BigInteger unscaled,
      @ForAll @IntRange(min = -20, max = 0) int belowScale) {
    BigDecimal amount = new BigDecimal(unscaled, currency.scale() + belowScale);

    String display = new Money(amount, currency).display();

    assertThat(new BigDecimal(display)).isEqualByComparingTo(amount);
    assertThat(new BigDecimal(display).scale()).isEqualTo(currency.scale());
    String fraction = currency.scale() == 0 ? "" : "\\.[0-9]{" + currency.scale() + "}";
    assertThat(display).matches("-?[0-9]+" + fraction);
    if (display.length() <= 64) {
      assertThat(DecimalText.parse(display)).contains(new BigDecimal(display));
    }
  }

  @Property(tries = 3000)
  void M1_plainTextOfAnyDecimal_readsBackToTheSameValue(@ForAll("decimals") BigDecimal amount) {
    String text = amount.toPlainString();

    Optional<BigDecimal> read = DecimalText.parse(text);

    if (text.length() <= 64) {
      assertThat(read).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(amount));
    } else {
      assertThat(read).isEmpty();
    }
  }

  @Property(tries = 1000)
  void M4_L1_transfersNeverLeaveANegativeBalanceAndTheLedgerAddsUp(
      @ForAll("openingBalances") BigDecimal opening,
      @ForAll("transferSequences") List<Tuple.Tuple2<EntryKind, BigDecimal>> transfers) {
    BigDecimal balance = opening;
    List<LedgerEntry> entries = new ArrayList<>();
    for (Tuple.Tuple2<EntryKind, BigDecimal> transfer : transfers) {
      EntryKind kind = transfer.get1();
      BigDecimal amount = transfer.get2();
      Account account = new Account(PLAYER, "USD", balance, false);

      TransferDecision decision =
          TransferRules.decide(PLAYER, kind, amount, Optional.empty(), Optional.of(account));

      boolean overdraws = kind == EntryKind.WITHDRAWAL && amount.compareTo(balance) > 0;
      if (overdraws) {
        assertThat(decision).isEqualTo(new TransferDecision.Refuse(Refusal.INSUFFICIENT_FUNDS));
        continue;
      }
      assertThat(decision).isInstanceOf(TransferDecision.Book.class);
      BigDecimal after = ((TransferDecision.Book) decision).balanceAfter();
      assertThat(after.signum()).isNotNegative();
      assertThat(after).isEqualByComparingTo(balance.add(amount.multiply(sign(kind))));
      entries.add(entry(entries.size(), kind, amount, after));
      balance = after;
    }

    assertThat(LedgerRules.holds(opening, entries, balance)).isTrue();
    assertThat(LedgerRules.replay(opening, entries)).isEqualByComparingTo(balance);
  }

  @Provide
  Arbitrary<Currency> currencies() {
    Arbitrary<Currency> configured =
        Arbitraries.of("USD", "JPY", "BHD", "USDT", "EUR", "KWD", "CLF").map(CURRENCIES::require);
    Arbitrary<Currency> anyScale =
        Arbitraries.integers().between(0, Currency.MAX_SCALE).map(s -> new Currency("TST", s));
    return Arbitraries.oneOf(configured, anyScale);
  }

  /** Decimals of every shape: tiny and huge unscaled values, scales from -500 to 500. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<Integer> scales =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(-3, 8)),
            Tuple.of(3, Arbitraries.integers().between(-25, 25)),
            Tuple.of(1, Arbitraries.integers().between(-500, 500)));
    return Combinators.combine(unscaled(), scales).as(BigDecimal::new);
  }

  @Provide
  Arbitrary<BigInteger> unscaled() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            5,
            Arbitraries.bigIntegers()
                .between(BigInteger.valueOf(-100_000), BigInteger.valueOf(100_000))),
        Tuple.of(
            3,
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(18))),
        Tuple.of(
            1,
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))));
  }

  /** Unscaled values whose last digit is significant, so the value has exactly its scale. */
  @Provide
  Arbitrary<BigInteger> unscaledEndingInANonZeroDigit() {
    return unscaled().filter(u -> u.mod(BigInteger.TEN).signum() != 0);
  }

  @Provide
  Arbitrary<BigDecimal> openingBalances() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2);
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<EntryKind, BigDecimal>>> transferSequences() {
    Arbitrary<EntryKind> kinds = Arbitraries.of(EntryKind.DEPOSIT, EntryKind.WITHDRAWAL);
    Arbitrary<BigDecimal> amounts =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2);
    return Combinators.combine(kinds, amounts).as(Tuple::of).list().ofMaxSize(30);
  }

  private static Optional<Money> tryMoney(BigDecimal amount, Currency currency) {
    try {
      return Optional.of(new Money(amount, currency));
    } catch (ArithmeticException refusedToRound) {
      return Optional.empty();
    }
  }

  private static BigDecimal sign(EntryKind kind) {
    return BigDecimal.valueOf(kind.sign());
  }

  private static LedgerEntry entry(int n, EntryKind kind, BigDecimal amount, BigDecimal after) {
    return new LedgerEntry(
        new OperatorTransactionId("tx-" + n),
        PLAYER,
        "USD",
        kind,
        amount.multiply(sign(kind)),
        after,
        null,
        "ref-" + n,
        T0);
  }
}
