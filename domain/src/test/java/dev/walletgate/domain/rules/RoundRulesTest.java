package dev.walletgate.domain.rules;

import static dev.walletgate.domain.rules.Given.ALICE;
import static dev.walletgate.domain.rules.Given.EUR;
import static dev.walletgate.domain.rules.Given.ROUND;
import static dev.walletgate.domain.rules.Given.USD;
import static dev.walletgate.domain.rules.Given.bet;
import static dev.walletgate.domain.rules.Given.bookedBet;
import static dev.walletgate.domain.rules.Given.dec;
import static dev.walletgate.domain.rules.Given.round;
import static dev.walletgate.domain.rules.Given.voided;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RoundState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R1, R2 as decided by {@link RoundRules}. */
class RoundRulesTest {

  @Test
  void R1_unknownRound_needsEnding() {
    assertThat(RoundRules.needsEnding(Optional.empty())).isTrue();
  }

  @Test
  void R1_openRound_needsEnding() {
    assertThat(RoundRules.needsEnding(Optional.of(round(RoundState.OPEN)))).isTrue();
  }

  @Test
  void R1_endingAnEndedRoundAgain_changesNothing() {
    assertThat(RoundRules.needsEnding(Optional.of(round(RoundState.ENDED)))).isFalse();
  }

  @Test
  void R1_endingARound_settlesExactlyItsOpenBets() {
    Bet open1 = bet("b-1", ALICE, USD, "1.00", BetState.OPEN);
    Bet settled = bet("b-2", ALICE, USD, "2.00", BetState.SETTLED);
    Bet cancelled = bet("b-3", ALICE, USD, "3.00", BetState.CANCELLED);
    BetKeyHolder voided = voided("b-4", ALICE, USD);
    Bet open2 = bet("b-5", ALICE, USD, "5.00", BetState.OPEN);

    assertThat(RoundRules.betsToSettle(List.of(open1, settled, cancelled, voided, open2)))
        .containsExactly(open1, open2);
  }

  @Test
  void R1_endingARoundWithoutOpenBets_settlesNothing() {
    List<BetKeyHolder> closed =
        List.of(
            bet("b-1", ALICE, USD, "1.00", BetState.SETTLED),
            bet("b-2", ALICE, USD, "1.00", BetState.CANCELLED),
            voided("b-3", ALICE, null));

    assertThat(RoundRules.betsToSettle(closed)).isEmpty();
    assertThat(RoundRules.betsToSettle(List.of())).isEmpty();
  }

  @Test
  void R2_luckyMonacoEndOfSpin_settlesTheSpinsBet() {
    Bet spinBet =
        bookedBet(Integration.LUCKYMONACO, "spin-1", ALICE, EUR, dec("0.20"), ROUND, BetState.OPEN);

    assertThat(RoundRules.needsEnding(Optional.empty())).isTrue();
    assertThat(RoundRules.betsToSettle(List.of(spinBet))).containsExactly(spinBet);
  }
}
