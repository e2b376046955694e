package dev.walletgate.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared identifier check every key and id type applies. */
class IdentifierTest {
  private static final String MAX = "x".repeat(Identifier.MAX_LENGTH);
  private static final String TOO_LONG = "x".repeat(Identifier.MAX_LENGTH + 1);

  /** Every identifier type of the model, built from a string. */
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
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \t \r\n"})
  void givenEmptyOrBlankText_identifier_isRefused(String text) {
    assertThatThrownBy(() -> Identifier.check(text, "bet key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bet key");
  }

  @Test
  void given255Characters_identifier_isAccepted() {
    assertThat(Identifier.MAX_LENGTH).isEqualTo(255);
    assertThat(Identifier.check(MAX, "request id")).isEqualTo(MAX);
  }

  @Test
  void given256Characters_identifier_isRefusedNotTruncated() {
    assertThatThrownBy(() -> Identifier.check(TOO_LONG, "request id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("255");
  }

  @Test
  void givenTextWithInnerAndOuterSpaces_identifier_isKeptAsSent() {
    assertThat(Identifier.check(" a b ", "round id")).isEqualTo(" a b ");
  }

  @Test
  void givenAnyIdentifierType_emptyBlankAndTooLongValues_areRefused() {
    for (Function<String, Object> idType : ID_TYPES) {
      assertThatThrownBy(() -> idType.apply("")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> idType.apply("  ")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> idType.apply(null)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> idType.apply(TOO_LONG)).isInstanceOf(IllegalArgumentException.class);
      assertThat(idType.apply(MAX)).isNotNull();
    }
  }

  @Test
  void givenTheSameText_identifiers_areEqualValues() {
    assertThat(new BetKey("ref-1"))
        .isEqualTo(new BetKey("ref-1"))
        .isNotEqualTo(new BetKey("ref-2"));
    assertThat(Integration.KYREN).isEqualTo(new Integration("kyren"));
    assertThat(Integration.LUCKYMONACO).isEqualTo(new Integration("luckymonaco"));
  }
}
