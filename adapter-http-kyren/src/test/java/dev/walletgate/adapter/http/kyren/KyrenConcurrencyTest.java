package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
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

/** One handler instance serving several threads at once (I4, C7), on the in-memory stores. */
class KyrenConcurrencyTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 25;

  private final KyrenHarness kyren = new KyrenHarness();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Runs the tasks at once (released together) and returns their answers in task order. */
  private List<Reply> together(List<Callable<Reply>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> futures = new ArrayList<>();
    for (Callable<Reply> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<Reply> answers = new ArrayList<>();
    for (Future<Reply> f : futures) {
      answers.add(f.get(30, TimeUnit.SECONDS));
    }
    return answers;
  }

  @Test
  void I4_copiesOfOneBetInFlightTogether_debitOnceAndAllAnswerTheSameBody() throws Exception {
    SessionId session = kyren.player();
    for (int i = 0; i < ROUNDS; i++) {
      String body =
          KyrenHarness.write(KyrenBodies.bet(kyren.nextId(), session, "r" + i, "b" + i, "1.00"));
      List<Callable<Reply>> copies = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        copies.add(() -> kyren.post("Bet", body));
      }

      List<Reply> answers = together(copies);

      for (Reply answer : answers) {
        KyrenHarness.answer(answer, 0);
        assertThat(answer.bodyText()).isEqualTo(answers.get(0).bodyText());
      }
    }
    assertThat(kyren.balance()).isEqualByComparingTo("975.00");
  }

  @Test
  void C7_betRacingItsCancel_endsBookedThenRefundedOrVoidedThenRefused() throws Exception {
    SessionId session = kyren.player();
    for (int i = 0; i < ROUNDS; i++) {
      String key = "race-" + i;
      String bet = KyrenHarness.write(KyrenBodies.bet(kyren.nextId(), session, "r", key, "5.00"));
      String cancel = KyrenHarness.write(KyrenBodies.cancel(kyren.nextId(), session, "r", key));

      List<Reply> answers =
          together(List.of(() -> kyren.post("Bet", bet), () -> kyren.post("Cancel", cancel)));

      int betCode = KyrenHarness.wellFormed(answers.get(0)).get("error").intValue();
      KyrenHarness.answer(answers.get(1), 0);
      BetState state = kyren.wallet.bet(Integration.KYREN, key).orElseThrow().state();
      if (betCode == 0) {
        assertThat(state).isEqualTo(BetState.CANCELLED);
      } else {
        assertThat(betCode).isEqualTo(53);
        assertThat(state).isEqualTo(BetState.VOIDED);
      }
      assertThat(kyren.balance()).isEqualByComparingTo("1000.00");
    }
    long bets = countEntries(EntryKind.BET);
    assertThat(countEntries(EntryKind.REFUND)).isEqualTo(bets);
  }

  private long countEntries(EntryKind kind) {
    return kyren.wallet.ledger(KyrenHarness.PLAYER, KyrenHarness.USD).stream()
        .filter(e -> e.kind() == kind)
        .count();
  }
}
