package dev.walletgate.adapter.http.kyren;

import static dev.walletgate.adapter.http.kyren.KyrenHarness.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletgate.application.guard.BetVerdict;
import dev.walletgate.application.guard.GuardedBet;
import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The bet guard on Kyren's wire: a limit is answered 60, any other refusal 53, both with the cash
 * as it was and nothing booked, and a retransmission gets the same body (G1-G4, I2).
 */
class KyrenBetGuardTest {
  private static final String ROUND = "round-guarded";

  private final List<GuardedBet> asked = new CopyOnWriteArrayList<>();
  private final AtomicReference<BetVerdict> verdict = new AtomicReference<>(BetVerdict.ALLOW);
  private final KyrenHarness kyren =
      new KyrenHarness(
          (bet, context) -> {
            asked.add(bet);
            return verdict.get();
          });

  private Map<String, Object> bet(SessionId session, String key, String amount) {
    return KyrenBodies.bet(kyren.nextId(), session, ROUND, key, amount);
  }

  @Test
  void G4_aStakeOverThePlayersLimit_answers60WithTheCash_andBooksNothing() {
    KyrenHarness limited = new KyrenHarness(new PlayerLimitGuard());
    SessionId session = limited.player();
    Checked<?> set =
        limited
            .wallet
            .services()
            .betLimits()
            .setLimits(
                new SetBetLimitsCommand(
                    new PlayerId(KyrenHarness.PLAYER),
                    new CurrencyCode(KyrenHarness.USD),
                    Optional.of(new BigDecimal("5.00")),
                    Optional.empty()));
    assertThat(set).isInstanceOf(Checked.Valid.class);

    JsonNode body =
        answer(
            limited.post("Bet", KyrenBodies.bet(limited.nextId(), session, ROUND, "b1", "5.01")),
            60);

    assertThat(body.get("description").textValue()).isEqualTo("Bet limit reached");
    assertThat(body.get("cash").textValue()).isEqualTo("1000.00");
    assertThat(body.has("transactionId")).isFalse();
    assertThat(limited.wallet.bet(Integration.KYREN, "b1")).isEmpty();
    answer(limited.post("Bet", KyrenBodies.bet(limited.nextId(), session, ROUND, "b1", "5.00")), 0);
    assertThat(limited.balance()).isEqualByComparingTo("995.00");
  }

  @Test
  void G2_aBetTheGuardRefuses_answers53WithTheCash() {
    SessionId session = kyren.player();
    verdict.set(BetVerdict.NOT_ALLOWED);

    JsonNode body = answer(kyren.post("Bet", bet(session, "b1", "1.00")), 53);

    assertThat(body.get("description").textValue()).startsWith("Bet is not allowed: ");
    assertThat(body.get("cash").textValue()).isEqualTo("1000.00");
    assertThat(kyren.wallet.bet(Integration.KYREN, "b1")).isEmpty();
    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void G2_I2_aRetransmittedRefusedBet_getsTheSameBody_withoutAskingTheGuardAgain() {
    SessionId session = kyren.player();
    String request = KyrenHarness.write(bet(session, "b1", "1.00"));
    verdict.set(BetVerdict.LIMIT_REACHED);
    Reply first = kyren.post("Bet", request);
    verdict.set(BetVerdict.ALLOW);

    Reply replay = kyren.post("Bet", request);

    answer(first, 60);
    assertThat(replay.bodyText()).isEqualTo(first.bodyText());
    assertThat(asked).hasSize(1);
    assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
  }

  @Test
  void G1_theGuardSeesTheBet_withKyrensGameId() {
    SessionId session = kyren.player();

    answer(kyren.post("Bet", bet(session, "b1", "2.50")), 0);

    assertThat(asked).singleElement();
    GuardedBet bet = asked.get(0);
    assertThat(bet.integration()).isEqualTo(Integration.KYREN);
    assertThat(bet.player().value()).isEqualTo(KyrenHarness.PLAYER);
    assertThat(bet.stake().display()).isEqualTo("2.50");
    assertThat(bet.currency()).isEqualTo(new CurrencyCode(KyrenHarness.USD));
    assertThat(bet.round().value()).isEqualTo(ROUND);
    assertThat(bet.game()).contains(KyrenBodies.GAME_ID);
  }

  @Test
  void G3_resultsEndRoundsAndRefunds_areAnsweredWhateverTheGuardSays() {
    SessionId session = kyren.player();
    answer(kyren.post("Bet", bet(session, "b1", "10.00")), 0);
    answer(kyren.post("Bet", bet(session, "b2", "10.00")), 0);
    asked.clear();
    verdict.set(BetVerdict.NOT_ALLOWED);

    answer(kyren.post("Result", KyrenBodies.result(kyren.nextId(), ROUND, "w1", "5.00")), 0);
    answer(kyren.post("Refund", KyrenBodies.refund(kyren.nextId(), ROUND, "b1")), 0);
    answer(kyren.post("Cancel", KyrenBodies.cancel(kyren.nextId(), session, ROUND, "b2")), 0);
    answer(kyren.post("EndRound", KyrenBodies.endRound(kyren.nextId(), ROUND)), 0);

    assertThat(asked).isEmpty();
    assertThat(kyren.balance()).isEqualByComparingTo("1005.00");
  }
}
