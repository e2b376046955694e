package dev.walletgate.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.LedgerRules;
import dev.walletgate.domain.rules.TransferCall;
import dev.walletgate.domain.rules.TransferRules;
import dev.walletgate.domain.testing.Gen;
import dev.walletgate.domain.testing.Tries;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** M2-M5 and L1 over random amounts: money is never rounded and balances never go negative. */
class MoneyProperties {
  private static final CurrencyRegistry CURRENCIES =
      CurrencyRegistry.iso4217().with(new CurrencyCode("USDT"), 6);
  private static final MoneyPolicy POLICY =
      new MoneyPolicy(CURRENCIES, MoneyPolicy.DEFAULT_MAX_AMOUNT);
  private static final PlayerId PLAYER = new PlayerId("alice");
  private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void M2_validAmount_keepsItsExactValueAtTheCurrencyScale() {
    Tries.run(
        3000,
        g -> {
          BigDecimal amount = g.input(decimals(g));
          Currency currency = g.input(currencies(g));
          MoneyPolicy.Use use = g.input(g.of(MoneyPolicy.Use.class));
          Checked<Money> checked = POLICY.amount(amount, currency, use);

          if (checked instanceof Checked.Valid<Money> valid) {
            assertThat(valid.value().amount()).isEqualByComparingTo(amount);
            assertThat(valid.value().amount().scale()).isEqualTo(currency.scale());
            assertThat(valid.value().currency()).isEqualTo(currency);
          } else {
            assertThat(((Checked.Invalid<Money>) checked).refusal())
                .isEqualTo(Refusal.INVALID_AMOUNT);
          }
        });
  }

  @Test
  void M2_M3_amountIsValidExactlyWhenExactInRangeAndOfTheRightSign() {
    Map<Boolean, Integer> answers = new HashMap<>();
    Tries.run(
        3000,
        g -> {
          BigDecimal amount = g.input(decimals(g));
          Currency currency = g.input(currencies(g));
          MoneyPolicy.Use use = g.input(g.of(MoneyPolicy.Use.class));
          // An oracle written without stripTrailingZeros: truncating to the scale must change
          // nothing.
          boolean exactAtScale =
              amount.setScale(currency.scale(), RoundingMode.DOWN).compareTo(amount) == 0;
          boolean rightSign =
              use == MoneyPolicy.Use.STAKE ? amount.signum() > 0 : amount.signum() >= 0;
          boolean inRange = amount.compareTo(MoneyPolicy.DEFAULT_MAX_AMOUNT) <= 0;

          boolean accepted = POLICY.amount(amount, currency, use) instanceof Checked.Valid;

          assertThat(accepted).isEqualTo(exactAtScale && rightSign && inRange);
          answers.merge(accepted, 1, Integer::sum);
        });
    // Both answers must be common, or the equivalence above would prove little.
    assertThat(percentage(answers, true)).as("%% accepted").isGreaterThan(10);
    assertThat(percentage(answers, false)).as("%% refused").isGreaterThan(10);
  }

  @Test
  void M2_moreSignificantFractionDigitsThanTheScale_isInvalidAmount() {
    Tries.run(
        3000,
        g -> {
          Currency currency = g.input(currencies(g));
          BigInteger unscaled = g.input(unscaledEndingInANonZeroDigit(g));
          int excessDigits = g.input(g.between(1, 30));
          MoneyPolicy.Use use = g.input(g.of(MoneyPolicy.Use.class));
          BigDecimal amount = new BigDecimal(unscaled, currency.scale() + excessDigits);

          Checked<Money> checked = POLICY.amount(amount, currency, use);

          assertThat(checked).isEqualTo(new Checked.Invalid<Money>(Refusal.INVALID_AMOUNT));
        });
  }

  @Test
  void M2_moneyWithMoreDigitsThanTheScale_throwsInsteadOfRounding() {
    Tries.run(
        3000,
        g -> {
          Currency currency = g.input(currencies(g));
          BigInteger unscaled = g.input(unscaledEndingInANonZeroDigit(g));
          int excessDigits = g.input(g.between(1, 30));
          BigDecimal amount = new BigDecimal(unscaled, currency.scale() + excessDigits);

          Optional<Money> built = tryMoney(amount, currency);

          assertThat(built).isEmpty();
        });
  }

  @Test
  void M5_displayRoundTripsToTheSameValueWithExactlyTheScale() {
    Tries.run(
        3000,
        g -> {
          Currency currency = g.input(currencies(g));
          BigInteger unscaled = g.input(unscaled(g));
          int belowScale = g.input(g.between(-20, 0));
          BigDecimal amount = new BigDecimal(unscaled, currency.scale() + belowScale);

          String display = new Money(amount, currency).display();

          assertThat(new BigDecimal(display)).isEqualByComparingTo(amount);
          assertThat(new BigDecimal(display).scale()).isEqualTo(currency.scale());
          String fraction = currency.scale() == 0 ? "" : "\\.[0-9]{" + currency.scale() + "}";
          assertThat(display).matches("-?[0-9]+" + fraction);
          if (display.length() <= 64) {
            assertThat(DecimalText.parse(display)).contains(new BigDecimal(display));
          }
        });
  }

  @Test
  void M1_plainTextOfAnyDecimal_readsBackToTheSameValue() {
    Tries.run(
        3000,
        g -> {
          BigDecimal amount = g.input(decimals(g));
          String text = amount.toPlainString();

          Optional<BigDecimal> read = DecimalText.parse(text);

          if (text.length() <= 64) {
            assertThat(read).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(amount));
          } else {
            assertThat(read).isEmpty();
          }
        });
  }

  @Test
  void M4_L1_transfersNeverLeaveANegativeBalanceAndTheLedgerAddsUp() {
    Tries.run(
        1000,
        g -> {
          BigDecimal opening = g.input(openingBalances(g));
          List<Transfer> transfers = g.input(transferSequences(g));
          BigDecimal balance = opening;
          List<LedgerEntry> entries = new ArrayList<>();
          for (Transfer transfer : transfers) {
            EntryKind kind = transfer.kind();
            BigDecimal amount = transfer.amount();
            Account account = new Account(PLAYER, new CurrencyCode("USD"), balance, false);

            Decision decision =
                TransferRules.book(
                    new TransferCall(PLAYER, kind, amount, "ref-" + entries.size()),
                    Optional.empty(),
                    Optional.of(account),
                    new Stamp(Instant.EPOCH, () -> new OperatorTransactionId("op")));

            boolean overdraws = kind == EntryKind.WITHDRAWAL && amount.compareTo(balance) > 0;
            if (overdraws) {
              assertThat(((Decision.Refused) decision).refusal())
                  .isEqualTo(Refusal.INSUFFICIENT_FUNDS);
              continue;
            }
            assertThat(decision).isInstanceOf(Decision.Booked.class);
            BigDecimal after = ((Decision.Booked) decision).account().orElseThrow().balance();
            assertThat(after.signum()).isNotNegative();
            assertThat(after).isEqualByComparingTo(balance.add(amount.multiply(sign(kind))));
            entries.add(entry(entries.size(), kind, amount, after));
            balance = after;
          }

          assertThat(LedgerRules.holds(opening, entries, balance)).isTrue();
          assertThat(LedgerRules.replay(opening, entries)).isEqualByComparingTo(balance);
        });
  }

  // ---- the inputs ---------------------------------------------------------------------------

  private record Transfer(EntryKind kind, BigDecimal amount) {}

  /** Half configured currencies, half made-up ones of any scale up to the maximum. */
  private static Currency currencies(Gen g) {
    return g.bool()
        ? CURRENCIES.require(
            new CurrencyCode(g.of("USD", "JPY", "BHD", "USDT", "EUR", "KWD", "CLF")))
        : new Currency(new CurrencyCode("TST"), g.between(0, Currency.MAX_SCALE));
  }

  /** Decimals of every shape: tiny and huge unscaled values, scales from -500 to 500. */
  private static BigDecimal decimals(Gen g) {
    BigInteger unscaled = unscaled(g);
    int scale =
        switch (g.weighted(8, 3, 1)) {
          case 0 -> g.between(-3, 8);
          case 1 -> g.between(-25, 25);
          default -> g.between(-500, 500);
        };
    return new BigDecimal(unscaled, scale);
  }

  private static BigInteger unscaled(Gen g) {
    BigInteger bound =
        switch (g.weighted(5, 3, 1)) {
          case 0 -> BigInteger.valueOf(100_000);
          case 1 -> BigInteger.TEN.pow(18);
          default -> BigInteger.TEN.pow(40);
        };
    return g.between(bound.negate(), bound);
  }

  /** Unscaled values whose last digit is significant, so the value has exactly its scale. */
  private static BigInteger unscaledEndingInANonZeroDigit(Gen g) {
    return g.where(() -> unscaled(g), u -> u.mod(BigInteger.TEN).signum() != 0);
  }

  private static BigDecimal openingBalances(Gen g) {
    return g.between(BigDecimal.ZERO, new BigDecimal("1000"), 2);
  }

  private static List<Transfer> transferSequences(Gen g) {
    return g.list(
        30,
        () ->
            new Transfer(
                g.of(EntryKind.DEPOSIT, EntryKind.WITHDRAWAL),
                g.between(BigDecimal.ZERO, new BigDecimal("500"), 2)));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static double percentage(Map<Boolean, Integer> answers, boolean answer) {
    int total = answers.values().stream().mapToInt(Integer::intValue).sum();
    return 100.0 * answers.getOrDefault(answer, 0) / total;
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
        new CurrencyCode("USD"),
        kind,
        amount.multiply(sign(kind)),
        after,
        null,
        "ref-" + n,
        T0);
  }
}
