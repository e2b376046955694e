package dev.walletgate.bootstrap.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.bootstrap.reliability.ProviderTransport.Answer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One player as a provider drives it: rounds of bets, wins and cancels, each call retransmitted on
 * a timeout or a "retry" answer as the provider's policy says, duplicated now and then with the
 * same and with a new request id, and sometimes delivered out of order. What it believes goes into
 * the shared {@link ProviderBook}.
 */
abstract class SimulatedPlayer {
  /** A call whose outcome the provider still does not know, resent at the end of the run. */
  record Pending(String call, ObjectNode body, String requestId, Consumer<Answer> onAnswer) {}

  final String player;
  final String sessionId;
  final ProviderTransport transport;
  final ProviderBook book;
  final Random random;
  final PlayerSettings settings;
  final List<Pending> pending = new ArrayList<>();
  int rounds;

  /** Timing of the provider's client and of its retransmissions. */
  record PlayerSettings(
      Duration kyrenTimeout,
      Duration luckyMonacoTimeout,
      Duration firstBackoff,
      Duration maxBackoff,
      int duplicatePercent) {
    static PlayerSettings quick() {
      return new PlayerSettings(
          Duration.ofSeconds(5),
          Duration.ofSeconds(3),
          Duration.ofMillis(20),
          Duration.ofMillis(200),
          10);
    }

    /** For runs where the service disappears: retries spread over several seconds. */
    static PlayerSettings patient() {
      return new PlayerSettings(
          Duration.ofSeconds(5),
          Duration.ofSeconds(3),
          Duration.ofMillis(250),
          Duration.ofSeconds(2),
          10);
    }
  }

  SimulatedPlayer(
      String player,
      String sessionId,
      ProviderTransport transport,
      ProviderBook book,
      long seed,
      PlayerSettings settings) {
    this.player = player;
    this.sessionId = sessionId;
    this.transport = transport;
    this.book = book;
    this.random = new Random(seed);
    this.settings = settings;
  }

  abstract String integration();

  abstract void playRound();

  abstract String path(String call);

  abstract Duration timeout();

  /** A final answer: the outcome is known (success or a refusal), no retransmission is due. */
  abstract boolean isFinal(Answer answer);

  /** Whether a non-final answer is an unexpected failure rather than a "retry" signal. */
  abstract boolean isUnexpected(Answer answer);

  /** What a retransmission of the same request id must get back identically (I2). */
  abstract String replaySignature(Answer answer);

  /** What a duplicate with a new request id must share with the original (B2, C2, W2). */
  abstract String effectSignature(Answer answer);

  abstract boolean isSuccess(Answer answer);

  /**
   * Sends a request until a final answer comes or the attempts run out (null); retransmissions
   * carry the same request id and body. A final answer is sometimes followed by duplicates.
   */
  Answer send(String call, ObjectNode body, String requestId, int attempts) {
    for (int attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        book.retransmissions.incrementAndGet();
        pause(attempt);
      }
      Answer answer = post(call, body, requestId);
      if (isFinal(answer)) {
        duplicate(call, body, requestId, answer);
        return answer;
      }
    }
    return null;
  }

  /** One attempt, with its bookkeeping. */
  Answer post(String call, ObjectNode body, String requestId) {
    book.callbacks.incrementAndGet();
    Answer answer = transport.post(path(call), body.toString(), timeout());
    if (isFinal(answer)) {
      book.finalAnswers.incrementAndGet();
      book.answer(integration(), requestId, replaySignature(answer));
      String movement = isSuccess(answer) ? movementOf(call, body) : null;
      if (movement != null) {
        book.answeredSuccess(movement);
      }
    } else if (!answer.answered()) {
      book.unanswered.incrementAndGet();
    } else if (isUnexpected(answer)) {
      book.unexpectedFailures.incrementAndGet();
    } else {
      book.transientAnswers.incrementAndGet();
    }
    return answer;
  }

  private void duplicate(String call, ObjectNode body, String requestId, Answer original) {
    int roll = random.nextInt(100);
    if (roll >= settings.duplicatePercent()) {
      return;
    }
    if (roll % 3 == 0) {
      book.retransmissions.incrementAndGet();
      post(call, body, requestId);
    } else if (roll % 3 == 1) {
      // Two copies of the same request in flight together (I4).
      book.retransmissions.addAndGet(2);
      CompletableFuture<Answer> other =
          CompletableFuture.supplyAsync(() -> post(call, body, requestId));
      post(call, body, requestId);
      other.join();
    } else if (isSuccess(original) && duplicableWithNewId(call)) {
      String subject = call + "|" + subjectOf(body);
      book.sameSubject(integration(), subject, effectSignature(original));
      ObjectNode copy = body.deepCopy();
      String newId = newRequestId();
      copy.put(requestIdField(), newId);
      book.duplicatesWithNewId.incrementAndGet();
      Answer again = send(call, copy, newId, 10);
      if (again != null) {
        book.sameSubject(integration(), subject, effectSignature(again));
      }
    }
  }

  /**
   * The ledger movement a call answered success stands for ({@code BET|integration|key}, {@code
   * REFUND|...}, {@code WIN|...}), or null for a call that moves no money.
   */
  abstract String movementOf(String call, ObjectNode body);

  /** The key a request is about; a duplicate with a new request id names the same key. */
  abstract String subjectOf(ObjectNode body);

  abstract String requestIdField();

  /** Whether a copy under a new request id is the same request (false where the id is the key). */
  boolean duplicableWithNewId(String call) {
    return true;
  }

  /** Resends every call whose outcome is still unknown, until answered (the provider's recon). */
  void settleUp() {
    for (Pending p : List.copyOf(pending)) {
      book.settleUps.incrementAndGet();
      Answer answer = send(p.call(), p.body(), p.requestId(), 200);
      if (answer != null) {
        pending.remove(p);
        p.onAnswer().accept(answer);
      }
    }
  }

  void pause(int attempt) {
    // The shift is capped: past ~60 doublings a long would overflow to a negative pause.
    long millis =
        Math.min(
            settings.maxBackoff().toMillis(),
            settings.firstBackoff().toMillis() << Math.min(attempt - 1, 20));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String newRequestId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  BigDecimal stake() {
    return BigDecimal.valueOf(1 + random.nextInt(5000), 2);
  }

  BigDecimal winFor(BigDecimal stake) {
    if (random.nextInt(10) == 0) {
      return new BigDecimal("0.00");
    }
    long cents = stake.movePointRight(2).longValueExact();
    return BigDecimal.valueOf(random.nextLong(cents * 2 + 1), 2);
  }
}
