package dev.walletgate.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The invariants the model records enforce on construction. */
class ModelInvariantsTest {
  private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");
  private static final PlayerId ALICE = new PlayerId("alice");
  private static final CurrencyCode USD = new CurrencyCode("USD");

  private static Bet bet(BetState state, BigDecimal stake) {
    return new Bet(
        Integration.KYREN,
        new BetKey("b-1"),
        ALICE,
        USD,
        stake,
        null,
        null,
        state,
        new OperatorTransactionId("tx-1"),
        state == BetState.CANCELLED ? new OperatorTransactionId("tx-2") : null,
        T0);
  }

  @Test
  void C3_aVoidIsNoBet_andHoldsTheKeyInTheVoidedState() {
    assertThatThrownBy(() -> bet(BetState.VOIDED, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    BetKeyHolder voided =
        new VoidedKey(
            Integration.KYREN,
            new BetKey("b-1"),
            ALICE,
            null,
            null,
            null,
            new OperatorTransactionId("tx-void"),
            T0);
    assertThat(voided.state()).isEqualTo(BetState.VOIDED);
    assertThat(voided.cancelTransaction()).isEqualTo(new OperatorTransactionId("tx-void"));
  }

  @Test
  void B1_bookedBet_alwaysHasAStake() {
    for (BetState state : new BetState[] {BetState.OPEN, BetState.SETTLED, BetState.CANCELLED}) {
      assertThatThrownBy(() -> bet(state, null)).isInstanceOf(NullPointerException.class);
      assertThat(bet(state, BigDecimal.TEN).stake()).isEqualTo(BigDecimal.TEN);
    }
  }

  @Test
  void C1_onlyACancelledBet_hasACancelTransaction() {
    Bet open = bet(BetState.OPEN, BigDecimal.TEN);
    assertThat(open.cancelled(new OperatorTransactionId("tx-r")).cancelTransaction())
        .isEqualTo(new OperatorTransactionId("tx-r"));
    assertThat(open.settled().cancelTransaction()).isNull();
    assertThatThrownBy(() -> open.cancelled(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void B6_onlyCancelledAndVoidedKeys_areVoidedOrCancelled() {
    assertThat(BetState.CANCELLED.isVoidedOrCancelled()).isTrue();
    assertThat(BetState.VOIDED.isVoidedOrCancelled()).isTrue();
    assertThat(BetState.OPEN.isVoidedOrCancelled()).isFalse();
    assertThat(BetState.SETTLED.isVoidedOrCancelled()).isFalse();
  }

  @Test
  void givenMissingRequiredParts_records_cannotBeBuilt() {
    assertThatThrownBy(() -> new Account(ALICE, null, BigDecimal.ZERO, false))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Account(ALICE, USD, null, false))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> bet(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Round(Integration.KYREN, new RoundId("r"), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new Session(new SessionId("s"), ALICE, USD, SessionState.ACTIVE, T0, null))
        .isInstanceOf(NullPointerException.class);
  }
}
