package dev.walletgate.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which text every database keeps as given, and that a refusal never repeats the text. */
class StorableTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain-ascii_123",
        "Café résumé naïve",
        "Ελληνικά и кириллица",
        "漢字かなカナ",
        "emoji \uD83C\uDFB0 and \uD83D\uDE00",
        "\uD800\uDC00 the first astral character",
        "\uDBFF\uDFFF the last one",
        "tab\tnewline\nreturn\r bell\u0007 escape\u001B delete\u007F",
        "no-break\u00A0space, BOM \uFEFF, zero width \u200B",
        "noncharacters \uFFFE \uFFFF \uFDD0",
        "right-to-left \u202E override",
        "   ",
        ""
      })
  void givenTextEveryDatabaseKeeps_hasNoFlaw(String text) {
    assertThat(StorableText.flaw(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0000key", "key\u0000", "ke\u0000y", "\u0000\u0000"})
  void givenNul_isRefusedBecausePostgresqlCannotStoreIt(String text) {
    assertThat(StorableText.flaw(text)).hasValueSatisfying(r -> assertThat(r).contains("NUL"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\uD800",
        "key\uD800",
        "\uD800key",
        "\uDC00",
        "key\uDFFF",
        "\uDC00\uD800 (a pair in the wrong order)",
        "\uD83C\uD83C\uDFB0 (a high surrogate before a pair)",
        "\uD83C\uDFB0\uDFB0 (a low surrogate after a pair)"
      })
  void givenUnpairedSurrogate_isRefusedBecauseUtf8CannotEncodeIt(String text) {
    assertThat(StorableText.flaw(text))
        .hasValueSatisfying(r -> assertThat(r).contains("unpaired surrogate"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"secret\u0000", "secret\uD800"})
  void givenAnyFlaw_theReasonNamesThePositionNotTheText(String text) {
    assertThat(StorableText.flaw(text))
        .hasValueSatisfying(r -> assertThat(r).doesNotContain("secret").contains("index 6"));
  }
}
