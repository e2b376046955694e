package dev.walletgate.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.walletgate.domain.outcome.Refusal;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** M1-M5: exact decimals, per-currency scale, range checks and display. */
class MoneyRulesTest {
  static final CurrencyRegistry CURRENCIES =
      CurrencyRegistry.iso4217().with(new CurrencyCode("USDT"), 6);
  static final MoneyPolicy POLICY = new MoneyPolicy(CURRENCIES, MoneyPolicy.DEFAULT_MAX_AMOUNT);
  static final Currency USD = CURRENCIES.require(new CurrencyCode("USD"));
  static final Currency JPY = CURRENCIES.require(new CurrencyCode("JPY"));
  static final Currency BHD = CURRENCIES.require(new CurrencyCode("BHD"));
  static final Currency USDT = CURRENCIES.require(new CurrencyCode("USDT"));

  static Money valid(Checked<Money> checked) {
    assertThat(checked).isInstanceOf(Checked.Valid.class);
    return ((Checked.Valid<Money>) checked).value();
  }

  static Refusal refusal(Checked<?> checked) {
    assertThat(checked).isInstanceOf(Checked.Invalid.class);
    return ((Checked.Invalid<?>) checked).refusal();
  }

  static Checked<Money> amount(String text, Currency currency, MoneyPolicy.Use use) {
    return POLICY.amount(new BigDecimal(text), currency, use);
  }

  @Nested
  class ExactDecimals {
    private static final Set<Class<?>> FLOATING = Set.of(double.class, float.class);

    @Test
    void M1_noDomainClassDeclaresAFloatingPointFieldParameterOrResult() throws Exception {
      List<Class<?>> classes = domainClasses();
      List<String> offenders = new ArrayList<>();
      for (Class<?> type : classes) {
        for (Field field : type.getDeclaredFields()) {
          if (isFloating(field.getType())) {
            offenders.add(type.getName() + "." + field.getName());
          }
        }
        for (Method method : type.getDeclaredMethods()) {
          if (isFloating(method.getReturnType()) || hasFloatingParameter(method)) {
            offenders.add(type.getName() + "." + method.getName() + "()");
          }
        }
        for (Executable constructor : type.getDeclaredConstructors()) {
          if (hasFloatingParameter(constructor)) {
            offenders.add(type.getName() + ".<init>");
          }
        }
      }
      // Guard against a scan that finds nothing and so proves nothing.
      assertThat(classes).hasSizeGreaterThan(30).contains(Money.class, MoneyPolicy.class);
      assertThat(offenders).isEmpty();
    }

    @Test
    void M1_decimalTextKeepsDigitsADoubleWouldLose() {
      assertThat(DecimalText.parse("0.1")).contains(new BigDecimal("0.1"));
      assertThat(DecimalText.parse("12345678901234567890.123456789012345678"))
          .contains(new BigDecimal("12345678901234567890.123456789012345678"));
    }

    private boolean isFloating(Class<?> type) {
      return FLOATING.contains(type) || type == Double.class || type == Float.class;
    }

    private boolean hasFloatingParameter(Executable executable) {
      return Stream.of(executable.getParameterTypes()).anyMatch(this::isFloating);
    }

    private List<Class<?>> domainClasses() throws IOException, URISyntaxException {
      Path root =
          Paths.get(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path domain = root.resolve("dev/walletgate/domain");
      assertThat(domain).isDirectory();
      List<Class<?>> classes = new ArrayList<>();
      try (Stream<Path> files = Files.walk(domain)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = root.relativize(file).toString();
          if (name.endsWith(".class")) {
            String className =
                name.substring(0, name.length() - 6)
                    .replace(file.getFileSystem().getSeparator(), ".");
            try {
              classes.add(Class.forName(className, false, Money.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
      return classes;
    }
  }

  @Nested
  class DecimalTextParsing {
    @ParameterizedTest
    @ValueSource(strings = {"13", "13.00", "-1.5", "0", "-0", "0.000001", "007"})
    void M1_plainDecimals_areRead(String text) {
      assertThat(DecimalText.parse(text)).contains(new BigDecimal(text));
    }

    @Test
    void M1_trailingZeros_areKeptAsSent() {
      assertThat(DecimalText.parse("13.00").orElseThrow().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
        strings = {
          "1e5",
          "1E5",
          "1.5E-3",
          " 5",
          "5 ",
          "+5",
          "5.",
          ".5",
          "",
          "NaN",
          "Infinity",
          "1,000",
          "1 000",
          "1_000",
          "0x10",
          "--5",
          "5-",
          "1.2.3",
          "\u0661\u0662",
          "5\n",
          "\uff15"
        })
    void M1_anythingButPlainDecimals_isRejected(String text) {
      assertThat(DecimalText.parse(text)).isEmpty();
    }

    @Test
    void M3_notANumber_isRejected() {
      assertThat(DecimalText.parse("NaN")).isEmpty();
      assertThat(DecimalText.parse("-NaN")).isEmpty();
    }

    @Test
    void M1_textOf64Characters_isRead() {
      String text = "1".repeat(30) + "." + "2".repeat(33);

      assertThat(text).hasSize(64);
      assertThat(DecimalText.parse(text)).contains(new BigDecimal(text));
    }

    @Test
    void M1_overLongText_isRejectedWithoutParsing() {
      assertThat(DecimalText.parse("1".repeat(65))).isEmpty();
      assertThat(DecimalText.parse("1".repeat(100_000))).isEmpty();
    }
  }

  @Nested
  class Scales {
    @Test
    void M2_isoCurrencies_haveTheirMinorUnits() {
      assertThat(USD.scale()).isEqualTo(2);
      assertThat(JPY.scale()).isEqualTo(0);
      assertThat(BHD.scale()).isEqualTo(3);
      assertThat(CurrencyRegistry.iso4217().find(new CurrencyCode("EUR")))
          .contains(new Currency(new CurrencyCode("EUR"), 2));
    }

    @Test
    void M2_deploymentAddedCurrency_hasItsOwnScale() {
      assertThat(USDT).isEqualTo(new Currency(new CurrencyCode("USDT"), 6));
      assertThat(valid(amount("1.123456", USDT, MoneyPolicy.Use.STAKE)).display())
          .isEqualTo("1.123456");
      assertThat(refusal(amount("1.1234567", USDT, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @Test
    void M2_deploymentMayOverrideAnIsoScale_withoutChangingTheOriginalRegistry() {
      CurrencyRegistry iso = CurrencyRegistry.iso4217();
      CurrencyRegistry changed = iso.with(new CurrencyCode("USD"), 4);

      assertThat(changed.require(new CurrencyCode("USD")).scale()).isEqualTo(4);
      assertThat(iso.require(new CurrencyCode("USD")).scale()).isEqualTo(2);
    }

    @Test
    void M2_currencyWithoutMinorUnits_isNotInTheIsoRegistry() {
      // XXX (no currency) has no minor units in the JDK's ISO table.
      assertThat(CurrencyRegistry.iso4217().find(new CurrencyCode("XXX"))).isEmpty();
      assertThat(CurrencyRegistry.iso4217().find(null)).isEmpty();
    }

    @Test
    void M2_amountWithMoreDigitsThanScale_isRefusedNotRounded() {
      assertThat(refusal(amount("10.005", USD, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
      assertThat(refusal(amount("10.001", USD, MoneyPolicy.Use.WIN)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
      assertThat(refusal(amount("1500.5", JPY, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
      assertThat(refusal(amount("1.0005", BHD, MoneyPolicy.Use.TRANSFER)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @Test
    void M2_amountAtExactlyTheScale_isAccepted() {
      assertThat(valid(amount("10.01", USD, MoneyPolicy.Use.STAKE)).display()).isEqualTo("10.01");
      assertThat(valid(amount("1500", JPY, MoneyPolicy.Use.STAKE)).display()).isEqualTo("1500");
      assertThat(valid(amount("1.005", BHD, MoneyPolicy.Use.STAKE)).display()).isEqualTo("1.005");
    }

    @Test
    void M2_trailingZerosBeyondTheScale_areNotExtraDigits() {
      Money money = valid(amount("10.5000000", USD, MoneyPolicy.Use.STAKE));

      assertThat(money.amount()).isEqualTo(new BigDecimal("10.50"));
      assertThat(valid(amount("1500.000", JPY, MoneyPolicy.Use.STAKE)).display()).isEqualTo("1500");
    }

    @Test
    void M2_validAmount_isHeldAtTheCurrencyScale() {
      assertThat(valid(amount("7", USD, MoneyPolicy.Use.STAKE)).amount().scale()).isEqualTo(2);
      assertThat(valid(amount("7", USDT, MoneyPolicy.Use.STAKE)).amount().scale()).isEqualTo(6);
      assertThat(valid(amount("7E+2", JPY, MoneyPolicy.Use.STAKE)).amount())
          .isEqualTo(new BigDecimal("700"));
    }

    @Test
    void M2_unknownCurrency_isRefusedUnsupportedCurrency() {
      assertThat(
              refusal(POLICY.money(BigDecimal.ONE, new CurrencyCode("XYZ"), MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.UNSUPPORTED_CURRENCY);
      assertThat(refusal(CurrencyCode.parse("usd"))).isEqualTo(Refusal.UNSUPPORTED_CURRENCY);
      assertThat(refusal(POLICY.money(BigDecimal.ONE, null, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.UNSUPPORTED_CURRENCY);
      assertThat(refusal(POLICY.currency(new CurrencyCode("USDC"))))
          .isEqualTo(Refusal.UNSUPPORTED_CURRENCY);
    }

    @Test
    void M2_unknownCurrencyWithABadAmount_isRefusedUnsupportedCurrencyFirst() {
      assertThat(
              refusal(
                  POLICY.money(
                      new BigDecimal("-1.001"), new CurrencyCode("XYZ"), MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.UNSUPPORTED_CURRENCY);
    }

    @Test
    void M2_knownCurrencyAndAmount_giveMoney() {
      assertThat(
              valid(
                  POLICY.money(
                      new BigDecimal("2.5"), new CurrencyCode("USDT"), MoneyPolicy.Use.WIN)))
          .isEqualTo(new Money(new BigDecimal("2.500000"), USDT));
      assertThat(POLICY.currency(new CurrencyCode("BHD"))).isEqualTo(new Checked.Valid<>(BHD));
    }

    @Test
    void M2_requiringAnUnregisteredCurrency_isABug() {
      assertThatThrownBy(() -> CURRENCIES.require(new CurrencyCode("XYZ")))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void M2_currencyDefinitionsOutsideTheLimits_cannotBeBuilt() {
      assertThatThrownBy(() -> new Currency(new CurrencyCode("usd"), 2))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Currency(new CurrencyCode("US"), 2))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Currency(new CurrencyCode("ABCDEFGHIJK"), 2))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Currency(null, 2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Currency(new CurrencyCode("USD"), -1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Currency(new CurrencyCode("USD"), Currency.MAX_SCALE + 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new Currency(new CurrencyCode("ABCDEFGHIJ"), Currency.MAX_SCALE).scale())
          .isEqualTo(18);
    }
  }

  @Nested
  class Ranges {
    @Test
    void M3_zeroStake_isRefused() {
      assertThat(refusal(amount("0", USD, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
      assertThat(refusal(amount("0.00", USD, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @Test
    void M3_zeroWin_isAllowed() {
      assertThat(valid(amount("0", USD, MoneyPolicy.Use.WIN)).display()).isEqualTo("0.00");
      assertThat(valid(amount("0.000", JPY, MoneyPolicy.Use.WIN)).display()).isEqualTo("0");
    }

    @Test
    void M3_zeroTransfer_isAllowed() {
      assertThat(valid(amount("0", USD, MoneyPolicy.Use.TRANSFER)).display()).isEqualTo("0.00");
    }

    @ParameterizedTest
    @EnumSource(MoneyPolicy.Use.class)
    void M3_negativeAmount_isRefusedForEveryUse(MoneyPolicy.Use use) {
      assertThat(refusal(amount("-0.01", USD, use))).isEqualTo(Refusal.INVALID_AMOUNT);
      assertThat(refusal(amount("-1500", JPY, use))).isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @ParameterizedTest
    @EnumSource(MoneyPolicy.Use.class)
    void M3_missingAmount_isRefused(MoneyPolicy.Use use) {
      assertThat(refusal(POLICY.amount(null, USD, use))).isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @Test
    void M3_smallestPositiveStake_isAccepted() {
      assertThat(valid(amount("0.01", USD, MoneyPolicy.Use.STAKE)).display()).isEqualTo("0.01");
      assertThat(valid(amount("1", JPY, MoneyPolicy.Use.STAKE)).display()).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(MoneyPolicy.Use.class)
    void M3_amountAboveTheMaximum_isRefused(MoneyPolicy.Use use) {
      BigDecimal max = MoneyPolicy.DEFAULT_MAX_AMOUNT;

      assertThat(valid(POLICY.amount(max, USD, use)).amount()).isEqualByComparingTo(max);
      assertThat(refusal(POLICY.amount(max.add(new BigDecimal("0.01")), USD, use)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
      assertThat(refusal(POLICY.amount(max.add(BigDecimal.ONE), JPY, use)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @Test
    void M3_configuredMaximum_isTheCeiling() {
      MoneyPolicy small = new MoneyPolicy(CURRENCIES, new BigDecimal("500"));

      assertThat(
              valid(small.amount(new BigDecimal("500.00"), USD, MoneyPolicy.Use.STAKE)).display())
          .isEqualTo("500.00");
      assertThat(refusal(small.amount(new BigDecimal("500.01"), USD, MoneyPolicy.Use.STAKE)))
          .isEqualTo(Refusal.INVALID_AMOUNT);
    }

    @Test
    void M3_maximumMustBePositive() {
      assertThatThrownBy(() -> new MoneyPolicy(CURRENCIES, BigDecimal.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new MoneyPolicy(CURRENCIES, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new MoneyPolicy(null, BigDecimal.TEN))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void M3_hugeExponent_isRefusedWithoutHanging() {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () -> {
            for (MoneyPolicy.Use use : MoneyPolicy.Use.values()) {
              for (String text :
                  new String[] {
                    "1E+400", "1E-400", "-1E+400", "1E+999999999", "1E-999999999", "9.99E+20"
                  }) {
                assertThat(refusal(amount(text, USD, use)))
                    .as(text)
                    .isEqualTo(Refusal.INVALID_AMOUNT);
                assertThat(refusal(amount(text, USDT, use)))
                    .as(text)
                    .isEqualTo(Refusal.INVALID_AMOUNT);
              }
            }
          });
    }

    @Test
    void M3_defaultPolicy_usesTheIsoTableAndTheDefaultMaximum() {
      MoneyPolicy defaults = MoneyPolicy.defaults();

      assertThat(defaults.maxAmount()).isEqualByComparingTo(MoneyPolicy.DEFAULT_MAX_AMOUNT);
      assertThat(
              valid(
                      defaults.money(
                          new BigDecimal("1.5"), new CurrencyCode("USD"), MoneyPolicy.Use.STAKE))
                  .display())
          .isEqualTo("1.50");
      assertThat(refusal(defaults.currency(new CurrencyCode("USDT"))))
          .isEqualTo(Refusal.UNSUPPORTED_CURRENCY);
    }
  }

  @Nested
  class Display {
    @Test
    void M5_balanceIsShownWithExactlyTheCurrencyScale() {
      assertThat(new Money(new BigDecimal("99899.99"), USD).display()).isEqualTo("99899.99");
      assertThat(new Money(new BigDecimal("99899.9"), USD).display()).isEqualTo("99899.90");
      assertThat(new Money(new BigDecimal("1500"), JPY).display()).isEqualTo("1500");
      assertThat(new Money(new BigDecimal("1500.00"), JPY).display()).isEqualTo("1500");
      assertThat(new Money(new BigDecimal("1.5"), BHD).display()).isEqualTo("1.500");
      assertThat(new Money(new BigDecimal("0.000001"), USDT).display()).isEqualTo("0.000001");
      assertThat(Money.zero(USD).display()).isEqualTo("0.00");
      assertThat(Money.zero(JPY).display()).isEqualTo("0");
    }

    @Test
    void M5_largeOrExponentWrittenAmounts_areNeverShownInExponentForm() {
      assertThat(new Money(new BigDecimal("1E+10"), USD).display()).isEqualTo("10000000000.00");
      assertThat(new Money(new BigDecimal("1E+3"), JPY).display()).isEqualTo("1000");
    }

    @Test
    void M5_moneyReadsAsAmountAndCode() {
      assertThat(new Money(new BigDecimal("1500"), JPY)).hasToString("1500 JPY");
    }

    @Test
    void M2_constructingMoneyWithTooManyDigits_throwsAndNeverRounds() {
      assertThatThrownBy(() -> new Money(new BigDecimal("1.005"), USD))
          .isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> new Money(new BigDecimal("1500.5"), JPY))
          .isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> new Money(new BigDecimal("0.0000001"), USDT))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void M1_moneyWithoutAmountOrCurrency_cannotBeBuilt() {
      assertThatThrownBy(() -> new Money(null, USD)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void M5_equalMoney_isTheSameAmountInTheSameCurrency() {
      assertThat(new Money(new BigDecimal("5"), USD))
          .isEqualTo(new Money(new BigDecimal("5.00"), USD))
          .isNotEqualTo(new Money(new BigDecimal("5"), new Currency(new CurrencyCode("EUR"), 2)));
    }
  }

  @Test
  void M3_aZeroWrittenWithAnExponent_isAValidZeroWin() {
    Checked<Money> zero =
        MoneyPolicy.defaults()
            .amount(
                new java.math.BigDecimal("0E+20"),
                new Currency(new CurrencyCode("USD"), 2),
                MoneyPolicy.Use.WIN);

    assertThat(zero)
        .isEqualTo(
            new Checked.Valid<>(
                new Money(java.math.BigDecimal.ZERO, new Currency(new CurrencyCode("USD"), 2))));
  }

  @Test
  void M3_anExponentThatOverflowsAnInt_isRefusedWithoutArithmetic() {
    Checked<Money> huge =
        MoneyPolicy.defaults()
            .amount(
                new java.math.BigDecimal("1E+2147483647"),
                new Currency(new CurrencyCode("USD"), 2),
                MoneyPolicy.Use.WIN);

    assertThat(huge)
        .isEqualTo(
            new Checked.Invalid<Money>(dev.walletgate.domain.outcome.Refusal.INVALID_AMOUNT));
  }
}
