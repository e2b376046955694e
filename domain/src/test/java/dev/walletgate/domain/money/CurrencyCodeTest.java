package dev.walletgate.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.domain.outcome.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** M2: a currency code is 3 to 10 upper-case letters or digits, the first a letter. */
class CurrencyCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"EUR", "USD", "JPY", "USDT", "XBT2", "ABCDEFGHIJ", "A00"})
  void M2_validCodes_areCodes(String text) {
    CurrencyCode code = new CurrencyCode(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code).hasToString(text);
    assertThat(CurrencyCode.parse(text)).isEqualTo(new Checked.Valid<>(code));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "E",
        "EU", // too short
        "ABCDEFGHIJK",
        "EUREUREUREUR", // too long
        "eur",
        "Eur",
        "eUR", // lower case
        "1EU",
        "0USD", // leading digit
        " EUR",
        "EUR ",
        "E-R",
        "EU€",
        "ΕUR" // anything else (the last one starts with a Greek E)
      })
  void M2_anythingElse_isNoCode(String text) {
    assertThatThrownBy(() -> new CurrencyCode(text)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CurrencyCode.parse(text))
        .isEqualTo(new Checked.Invalid<CurrencyCode>(Refusal.UNSUPPORTED_CURRENCY));
  }

  @Test
  void M2_theLongestCode_fillsTheSchemaColumn() {
    String longest = "A".repeat(CurrencyCode.MAX_CODE_LENGTH);

    assertThat(new CurrencyCode(longest).value()).hasSize(10);
    assertThatThrownBy(() -> new CurrencyCode(longest + "A"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void M2_codesAreEqualByTheirText() {
    assertThat(new CurrencyCode("EUR"))
        .isEqualTo(new CurrencyCode("EUR"))
        .hasSameHashCodeAs(new CurrencyCode("EUR"))
        .isNotEqualTo(new CurrencyCode("USD"));
  }
}
