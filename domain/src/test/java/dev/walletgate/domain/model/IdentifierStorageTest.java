package dev.walletgate.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every identifier type refuses what a database would refuse or change (NUL, unpaired surrogates,
 * more than its column holds), before anything reaches a store; the reason never repeats the value.
 */
class IdentifierStorageTest {
  private static final List<Function<String, Object>> ID_TYPES =
      List.of(
          BetKey::new,
          WinKey::new,
          PlayerId::new,
          SessionId::new,
          RoundId::new,
          RequestId::new,
          OperatorTransactionId::new,
          Integration::new);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "secret\u0000",
        "\u0000secret",
        "secret\uD800",
        "\uDFFFsecret",
        "secret\uDC00\uD800",
      })
  void givenUnstorableText_everyIdentifierType_refusesIt(String text) {
    for (Function<String, Object> idType : ID_TYPES) {
      assertThatThrownBy(() -> idType.apply(text))
          .isInstanceOf(IllegalArgumentException.class)
          .message()
          .doesNotContain("secret");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 1000, 4096})
  void givenMoreThanTheColumnHolds_flawNamesTheLimit(int length) {
    assertThat(Identifier.flaw("x".repeat(length), "'reference'"))
        .contains("'reference' is longer than 255 characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Café",
        "\uD83C\uDFB0",
        "key with\ttab",
        "\u00A0",
        " padded ",
      })
  void givenTextEveryDatabaseKeeps_identifier_isAcceptedAsSent(String text) {
    assertThat(Identifier.flaw(text, "bet key")).isEmpty();
    assertThat(new BetKey(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\uD83C\uDFB0",
        "\u00E9"
      }) // four UTF-8 bytes, two UTF-16 units; two bytes, one unit
  void givenMultiByteCharacters_theLimitCountsUtf16Units_whichNeverUndercountsTheColumn(
      String character) {
    String fits = character.repeat(Identifier.MAX_LENGTH / character.length());
    assertThat(fits.codePointCount(0, fits.length())).isLessThanOrEqualTo(Identifier.MAX_LENGTH);
    assertThat(Identifier.flaw(fits, "round id")).isEmpty();
    assertThat(Identifier.flaw(fits + character, "round id")).isPresent();
  }
}
