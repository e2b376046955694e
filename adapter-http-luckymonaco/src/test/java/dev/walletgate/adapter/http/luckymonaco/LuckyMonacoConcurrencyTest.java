package dev.walletgate.adapter.http.luckymonaco;

import static dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.PLAYER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One handler instance serving racing threads: I4 and C7 through the wire. */
class LuckyMonacoConcurrencyTest {
  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private List<Reply> race(List<Callable<Reply>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> futures = new ArrayList<>();
    for (Callable<Reply> call : calls) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<Reply> replies = new ArrayList<>();
    for (Future<Reply> future : futures) {
      replies.add(future.get(30, TimeUnit.SECONDS));
    }
    return replies;
  }

  @Test
  void I4_eightCopiesOfOneBetInFlight_debitOnceAndOneFirstAnswer() throws Exception {
    String body = lm.bet("same-request", "tx-1", "10.00").toString();
    List<Callable<Reply>> copies = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      copies.add(() -> lm.post("bet", body));
    }

    List<Reply> replies = race(copies);

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).isEqualTo("OK"));
    assertThat(replies).allSatisfy(r -> assertThat(r.balance()).isEqualTo("990.00"));
    assertThat(replies).filteredOn(r -> !r.json.has("retransmission")).hasSize(1);
    assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("990.00");
  }

  @Test
  void C7_cancelRacingItsBet_endsInOneOfTheTwoHistories() throws Exception {
    for (int round = 0; round < 20; round++) {
      String tx = "race-" + round;
      List<Reply> replies =
          race(
              List.of(
                  () -> lm.post("bet", lm.bet(lm.nextId(), tx, "10.00")),
                  () -> lm.post("cancel", lm.cancel(lm.nextId(), tx))));
      Reply bet = replies.get(0);
      Reply cancel = replies.get(1);

      assertThat(cancel.status()).isEqualTo("OK");
      BetState state = lm.wallet.bet(Integration.LUCKYMONACO, tx).orElseThrow().state();
      if (bet.status().equals("OK")) {
        assertThat(state).as("bet booked then refunded").isEqualTo(BetState.CANCELLED);
      } else {
        assertThat(bet.status()).isEqualTo("FINAL_ERROR_ACTION_FAILED");
        assertThat(state).as("key voided then bet refused").isEqualTo(BetState.VOIDED);
      }
      assertThat(lm.balanceOf(PLAYER)).isEqualByComparingTo("1000.00");
    }
  }
}
