package dev.walletgate.application.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** M2, S1: a call's currency text becomes a code, or the answer an unknown currency gets. */
class WireCurrencyTest {
  private static final CallbackResult BOOKED =
      CallbackResult.of(Outcome.success(null, Optional.empty()));

  private final List<Optional<CurrencyCode>> asked = new ArrayList<>();

  @Test
  void M2_aCode_runsTheCallWithIt() {
    CallbackResult result =
        WireCurrency.recorded(
            "USDT",
            code -> {
              asked.add(Optional.of(code));
              return BOOKED;
            });

    assertThat(result).isEqualTo(BOOKED);
    assertThat(asked).containsExactly(Optional.of(new CurrencyCode("USDT")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "<script>\"", "ABCDEFGHIJK", "1USD", "US\u0000D"})
  void M2_textThatIsNoCode_isRefusedUnsupportedWithoutRunningTheCall(String text) {
    CallbackResult result =
        WireCurrency.recorded(
            text,
            code -> {
              asked.add(Optional.of(code));
              return BOOKED;
            });

    assertThat(result).isEqualTo(CallbackResult.of(Outcome.refused(Refusal.UNSUPPORTED_CURRENCY)));
    assertThat(asked).isEmpty();
  }

  @Test
  void S1_aSessionReadNamingACode_asksWithIt() {
    Outcome answer = Outcome.refused(Refusal.CURRENCY_MISMATCH);

    assertThat(WireCurrency.sessionRead("EUR", code -> read(code, answer))).isEqualTo(answer);
    assertThat(asked).containsExactly(Optional.of(new CurrencyCode("EUR")));
  }

  @Test
  void S1_aSessionReadNamingNoCode_inAnInactiveSession_isRefusedAsTheSession() {
    Outcome inactive = Outcome.refused(Refusal.INVALID_SESSION);

    assertThat(WireCurrency.sessionRead("eur", code -> read(code, inactive))).isEqualTo(inactive);
    assertThat(asked).containsExactly(Optional.empty());
  }

  @Test
  void M2_aSessionReadNamingNoCode_inAnActiveSession_isRefusedUnsupported() {
    Outcome unsupported = Outcome.refused(Refusal.UNSUPPORTED_CURRENCY);

    assertThat(
            WireCurrency.sessionRead(
                "eur", code -> read(code, Outcome.success(null, Optional.empty()))))
        .isEqualTo(unsupported);
    assertThat(
            WireCurrency.sessionRead(
                "eur", code -> read(code, Outcome.refused(Refusal.PLAYER_NOT_FOUND))))
        .isEqualTo(unsupported);
  }

  private Outcome read(Optional<CurrencyCode> code, Outcome answer) {
    asked.add(code);
    return answer;
  }
}
