package dev.walletgate.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** M2, M3 against the NUMERIC(38, 18) columns: nothing the policy accepts overflows them. */
class StoredAmountTest {
  private static final BigDecimal ONE_UNIT = new BigDecimal("1E-18");

  @Test
  void theColumnHolds20IntegerAnd18FractionDigits() {
    assertThat(StoredAmount.MAX.toPlainString()).isEqualTo("9".repeat(20) + "." + "9".repeat(18));
    assertThat(StoredAmount.fits(StoredAmount.MAX)).isTrue();
    assertThat(StoredAmount.fits(StoredAmount.MAX.negate())).isTrue();
    assertThat(StoredAmount.fits(StoredAmount.MAX.add(ONE_UNIT))).isFalse();
    assertThat(StoredAmount.fits(StoredAmount.MAX.negate().subtract(ONE_UNIT))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0E+30", "0E-40", "1.000000000000000000000", "1E+19", "1E-18"})
  void givenValuesTheColumnKeepsExactly_fits(String value) {
    assertThat(StoredAmount.fits(new BigDecimal(value))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+20", "1E-19", "0.0000000000000000001", "1E+2147483647"})
  void givenValuesTheColumnWouldRefuseOrRound_doesNotFit(String value) {
    assertThat(StoredAmount.fits(new BigDecimal(value))).isFalse();
  }

  @Test
  void M2_noCurrencyDeclaresMoreFractionDigitsThanTheColumnKeeps() {
    assertThat(Currency.MAX_SCALE).isEqualTo(StoredAmount.FRACTION_DIGITS);
    assertThatThrownBy(
            () -> new Currency(new CurrencyCode("USD"), StoredAmount.FRACTION_DIGITS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void M3_aMaximumAmountBeyondTheColumn_isAConfigurationError() {
    CurrencyRegistry iso = CurrencyRegistry.iso4217();
    assertThat(new MoneyPolicy(iso, StoredAmount.MAX).maxAmount()).isEqualTo(StoredAmount.MAX);
    assertThatThrownBy(() -> new MoneyPolicy(iso, StoredAmount.MAX.add(ONE_UNIT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20 integer and 18 fraction digits");
    assertThatThrownBy(() -> new MoneyPolicy(iso, new BigDecimal("1E+25")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"99999999999999999999.999999999999999999", "1E+20", "123456789012345678901"})
  void M3_underTheLargestPossibleCeiling_amountsBeyondTheColumn_areRefused(String amount) {
    Currency precise = new Currency(new CurrencyCode("TST"), StoredAmount.FRACTION_DIGITS);
    MoneyPolicy widest = new MoneyPolicy(CurrencyRegistry.iso4217(), StoredAmount.MAX);

    Checked<Money> checked =
        widest.amount(new BigDecimal(amount).add(ONE_UNIT), precise, MoneyPolicy.Use.WIN);

    assertThat(checked).isEqualTo(new Checked.Invalid<Money>(Refusal.INVALID_AMOUNT));
  }

  @Test
  void M3_underTheLargestPossibleCeiling_theLargestAcceptedAmount_fits() {
    Currency precise = new Currency(new CurrencyCode("TST"), StoredAmount.FRACTION_DIGITS);
    MoneyPolicy widest = new MoneyPolicy(CurrencyRegistry.iso4217(), StoredAmount.MAX);

    Checked<Money> checked = widest.amount(StoredAmount.MAX, precise, MoneyPolicy.Use.WIN);

    assertThat(checked).isInstanceOf(Checked.Valid.class);
    assertThat(StoredAmount.fits(((Checked.Valid<Money>) checked).value().amount())).isTrue();
  }

  @Test
  void currencyCodesLongerThanTheColumn_cannotBeRegistered() {
    String longest = "A".repeat(CurrencyCode.MAX_CODE_LENGTH);
    assertThat(
            CurrencyRegistry.iso4217()
                .with(new CurrencyCode(longest), 2)
                .find(new CurrencyCode(longest)))
        .isPresent();
    assertThatThrownBy(() -> CurrencyRegistry.iso4217().with(new CurrencyCode(longest + "A"), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
