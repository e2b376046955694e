package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.application.guard.BetVerdict;
import dev.walletgate.application.guard.GuardedBet;
import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.application.memory.InMemoryStores;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The bet guard on LuckyMonaco's wire: a limit and any other refusal are both {@code
 * FINAL_ERROR_ACTION_FAILED} with the balance as it was and nothing booked, and a retransmission
 * gets the same status marked {@code "retransmission": true} (G1-G4, I2).
 */
class LuckyMonacoBetGuardTest {
  private final List<GuardedBet> asked = new CopyOnWriteArrayList<>();
  private final AtomicReference<BetVerdict> verdict = new AtomicReference<>(BetVerdict.ALLOW);
  private final LuckyMonacoTestClient lm =
      client(
          (bet, context) -> {
            asked.add(bet);
            return verdict.get();
          });

  private static LuckyMonacoTestClient client(BetGuard guard) {
    return new LuckyMonacoTestClient(
        TestWallet.over(new InMemoryStores(), TestWallet.defaultSettings().withBetGuard(guard)),
        LuckyMonacoConfig.defaults().withToken(LuckyMonacoTestClient.TOKEN));
  }

  @Test
  void G4_aStakeOverThePlayersLimit_finalErrorActionFailed_andNothingBooked() {
    LuckyMonacoTestClient limited = client(new PlayerLimitGuard());
    Checked<?> set =
        limited
            .wallet
            .services()
            .betLimits()
            .setLimits(
                new SetBetLimitsCommand(
                    new PlayerId(LuckyMonacoTestClient.PLAYER),
                    new CurrencyCode(LuckyMonacoTestClient.CURRENCY),
                    Optional.empty(),
                    Optional.of(new BigDecimal("20.00"))));
    assertThat(set).isInstanceOf(Checked.Valid.class);
    limited.post("bet", limited.bet(limited.nextId(), "tx-1", "15.00")).isFirst("OK");

    limited
        .post("bet", limited.bet(limited.nextId(), "tx-2", "5.01"))
        .isFirst("FINAL_ERROR_ACTION_FAILED")
        .hasBalance("985.00");

    assertThat(limited.wallet.bet(Integration.LUCKYMONACO, "tx-2")).isEmpty();
    limited.post("bet", limited.bet(limited.nextId(), "tx-2", "5.00")).isFirst("OK");
  }

  @Test
  void G2_aBetTheGuardRefuses_finalErrorActionFailed() {
    verdict.set(BetVerdict.NOT_ALLOWED);

    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "1.00"))
        .isFirst("FINAL_ERROR_ACTION_FAILED")
        .hasBalance("1000.00");

    assertThat(lm.wallet.bet(Integration.LUCKYMONACO, "tx-1")).isEmpty();
  }

  @Test
  void G2_I2_aRetransmittedRefusedBet_sameStatusMarkedRetransmission_guardNotAskedAgain() {
    String uuid = lm.nextId();
    verdict.set(BetVerdict.LIMIT_REACHED);
    lm.post("bet", lm.bet(uuid, "tx-1", "1.00")).isFirst("FINAL_ERROR_ACTION_FAILED");
    verdict.set(BetVerdict.ALLOW);

    Reply replay = lm.post("bet", lm.bet(uuid, "tx-1", "1.00"));

    assertThat(replay.status()).isEqualTo("FINAL_ERROR_ACTION_FAILED");
    assertThat(replay.json.get("retransmission").booleanValue()).isTrue();
    assertThat(asked).hasSize(1);
    assertThat(lm.balanceOf(LuckyMonacoTestClient.PLAYER)).isEqualByComparingTo("1000.00");
  }

  @Test
  void G1_theGuardSeesTheBet_withLuckyMonacosGameid() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-7", "2.50")).isFirst("OK");

    assertThat(asked).singleElement();
    GuardedBet bet = asked.get(0);
    assertThat(bet.integration()).isEqualTo(Integration.LUCKYMONACO);
    assertThat(bet.player().value()).isEqualTo(LuckyMonacoTestClient.PLAYER);
    assertThat(bet.stake().display()).isEqualTo("2.50");
    assertThat(bet.currency()).isEqualTo(new CurrencyCode(LuckyMonacoTestClient.CURRENCY));
    assertThat(bet.round().value()).isEqualTo("spin-7");
    assertThat(bet.game()).contains("g-1");
  }

  @Test
  void G1_aBetWithoutGameid_showsTheGuardNoGame() {
    lm.post("bet", LuckyMonacoTestClient.drop(lm.bet(lm.nextId(), "spin-8", "1.00"), "gameid"))
        .isFirst("OK");
    lm.post("bet", lm.bet(lm.nextId(), "spin-9", "1.00").put("gameid", " ")).isFirst("OK");

    assertThat(asked).extracting(GuardedBet::game).containsOnly(Optional.empty());
  }

  @Test
  void G3_winsAndCancels_areAnsweredWhateverTheGuardSays() {
    lm.post("bet", lm.bet(lm.nextId(), "tx-1", "10.00")).isFirst("OK");
    lm.post("bet", lm.bet(lm.nextId(), "tx-2", "10.00")).isFirst("OK");
    asked.clear();
    verdict.set(BetVerdict.NOT_ALLOWED);

    lm.post("win", lm.win(lm.nextId(), "tx-1", "25.00", "ok")).isFirst("OK");
    lm.post("cancel", lm.cancel(lm.nextId(), "tx-2")).isFirst("OK");

    assertThat(asked).isEmpty();
    assertThat(lm.balanceOf(LuckyMonacoTestClient.PLAYER)).isEqualByComparingTo("1015.00");
  }
}
