package dev.walletgate.bootstrap.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.bootstrap.reliability.ProviderBook.BetState;
import dev.walletgate.bootstrap.reliability.ProviderBook.WinState;
import dev.walletgate.bootstrap.reliability.ProviderTransport.Answer;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A player at a Kyren table: Bet retransmitted 3 times then Cancel, Result up to 10 times,
 * EndRound; sometimes Cancel (or Refund) before the Bet it names, or the Result before the Bet.
 */
final class KyrenPlayer extends SimulatedPlayer {
  static final String INTEGRATION = "kyren";
  private static final int BET_ATTEMPTS = 3;
  private static final int RESULT_ATTEMPTS = 10;
  private static final int CANCEL_ATTEMPTS = 10;
  private final String basePath;
  private final Strings strings;

  KyrenPlayer(
      String player,
      String sessionId,
      ProviderTransport transport,
      ProviderBook book,
      long seed,
      PlayerSettings settings,
      String basePath,
      Strings strings) {
    super(player, sessionId, transport, book, seed, settings);
    this.basePath = basePath;
    this.strings = strings;
  }

  /** The free-text fields a provider sends; hostile runs put metacharacters in them. */
  interface Strings {
    String gameName();

    String playerId(int index);

    Strings PLAIN =
        new Strings() {
          @Override
          public String gameName() {
            return "Reliability Roulette";
          }

          @Override
          public String playerId(int index) {
            return "rel-player-" + index;
          }
        };
  }

  @Override
  String integration() {
    return INTEGRATION;
  }

  @Override
  String path(String call) {
    return basePath + "/" + call;
  }

  @Override
  Duration timeout() {
    return settings.kyrenTimeout();
  }

  @Override
  void playRound() {
    String round = player + "-k" + (++rounds);
    int scenario = random.nextInt(100);
    if (scenario < 8) {
      book.outOfOrder.incrementAndGet();
      String key = round + "-b1";
      if (cancel(round, key, random.nextBoolean(), stake())) {
        bet(round, key, stake());
      }
      endRound(round);
    } else if (scenario < 16) {
      book.outOfOrder.incrementAndGet();
      BigDecimal stake = stake();
      result(round, round + "-w1", winFor(stake));
      bet(round, round + "-b1", stake);
      endRound(round);
    } else if (scenario < 28) {
      BigDecimal stake = stake();
      String key = round + "-b1";
      if (bet(round, key, stake)) {
        cancel(round, key, random.nextBoolean(), stake);
      }
    } else {
      BigDecimal total = BigDecimal.ZERO;
      int bets = 1 + random.nextInt(2);
      for (int i = 1; i <= bets; i++) {
        BigDecimal stake = stake();
        if (bet(round, round + "-b" + i, stake)) {
          total = total.add(stake);
        }
      }
      if (total.signum() > 0) {
        result(round, round + "-w1", winFor(total));
        endRound(round);
      }
    }
  }

  /** Bet, retransmitted; after the last failed attempt the provider cancels it. */
  boolean bet(String round, String key, BigDecimal stake) {
    ObjectNode body = common(round);
    String uuid = newRequestId();
    body.put("uuid", uuid);
    body.put("gameName", strings.gameName());
    body.put("amount", stake.toPlainString());
    body.put("reference", key);
    body.put("sessionId", sessionId);
    body.put("timestamp", System.currentTimeMillis());
    Answer answer = send("Bet", body, uuid, BET_ATTEMPTS);
    if (book.betState(INTEGRATION, key) == BetState.CANCELLED) {
      return false; // cancelled before it was sent: any answer is checked against the ledger
    }
    if (answer == null) {
      book.bet(INTEGRATION, player, key, stake, BetState.UNCERTAIN);
      cancel(round, key, false, stake);
      return false;
    }
    boolean placed = errorOf(answer) == 0;
    book.bet(INTEGRATION, player, key, stake, placed ? BetState.PLACED : BetState.REFUSED);
    return placed;
  }

  /** Cancel (the seed's call) or Refund of a bet key; true when answered success. */
  boolean cancel(String round, String key, boolean refund, BigDecimal stake) {
    ObjectNode body = common(round);
    String uuid = newRequestId();
    body.put("uuid", uuid);
    body.put("gameName", strings.gameName());
    body.put("reference", key);
    if (refund) {
      body.put("amount", stake.toPlainString());
    } else {
      body.put("sessionId", sessionId);
    }
    String call = refund ? "Refund" : "Cancel";
    BetState before = book.betState(INTEGRATION, key);
    Answer answer = send(call, body, uuid, CANCEL_ATTEMPTS);
    if (answer == null) {
      book.bet(INTEGRATION, player, key, stake, BetState.UNCERTAIN);
      pending.add(
          new Pending(call, body, uuid, a -> cancelAnswered(key, stake, before, errorOf(a) == 0)));
      return false;
    }
    cancelAnswered(key, stake, before, errorOf(answer) == 0);
    return errorOf(answer) == 0;
  }

  private void cancelAnswered(String key, BigDecimal stake, BetState before, boolean success) {
    if (success) {
      book.bet(INTEGRATION, player, key, stake, BetState.CANCELLED);
    } else if (before == null) {
      book.bet(INTEGRATION, player, key, stake, BetState.REFUSED);
    } else if (before != BetState.UNCERTAIN) {
      book.bet(INTEGRATION, player, key, stake, before);
    }
  }

  void result(String round, String winKey, BigDecimal amount) {
    ObjectNode body = common(round);
    String uuid = newRequestId();
    body.put("uuid", uuid);
    body.put("gameName", strings.gameName());
    body.put("amount", amount.toPlainString());
    body.put("reference", winKey);
    body.put("sessionId", sessionId);
    Answer answer = send("Result", body, uuid, RESULT_ATTEMPTS);
    if (answer == null) {
      book.win(INTEGRATION, player, winKey, amount, WinState.UNCERTAIN);
      pending.add(
          new Pending(
              "Result",
              body,
              uuid,
              a ->
                  book.win(
                      INTEGRATION,
                      player,
                      winKey,
                      amount,
                      errorOf(a) == 0 ? WinState.PAID : WinState.REFUSED)));
      return;
    }
    book.win(
        INTEGRATION,
        player,
        winKey,
        amount,
        errorOf(answer) == 0 ? WinState.PAID : WinState.REFUSED);
  }

  void endRound(String round) {
    ObjectNode body = common(round);
    String uuid = newRequestId();
    body.put("uuid", uuid);
    body.put("sessionId", sessionId);
    if (send("EndRound", body, uuid, RESULT_ATTEMPTS) == null) {
      pending.add(new Pending("EndRound", body, uuid, a -> {}));
    }
  }

  private ObjectNode common(String round) {
    ObjectNode body = ProviderTransport.JSON.createObjectNode();
    body.put("providerId", "Kyren");
    body.put("userId", player);
    body.put("currency", "USD");
    body.put("gameId", "rel_roulette_1");
    body.put("roundId", round);
    return body;
  }

  static int errorOf(Answer answer) {
    return answer.body().get("error").asInt();
  }

  @Override
  boolean isFinal(Answer answer) {
    if (!answer.answered() || answer.status() != 200 || answer.body() == null) {
      return false;
    }
    var error = answer.body().get("error");
    return error != null
        && error.isNumber()
        && error.asInt() != 997
        && error.asInt() != 998
        && error.asInt() != 999;
  }

  @Override
  boolean isUnexpected(Answer answer) {
    return answer.status() != 200
        || answer.body() == null
        || answer.body().path("error").asInt() == 999;
  }

  @Override
  boolean isSuccess(Answer answer) {
    return errorOf(answer) == 0;
  }

  @Override
  String replaySignature(Answer answer) {
    return errorOf(answer) + "|" + answer.text("transactionId") + "|" + answer.text("cash");
  }

  @Override
  String effectSignature(Answer answer) {
    return errorOf(answer) + "|" + answer.text("transactionId");
  }

  @Override
  String subjectOf(ObjectNode body) {
    return body.path("reference").asText(body.path("roundId").asText());
  }

  @Override
  String movementOf(String call, ObjectNode body) {
    String key = INTEGRATION + "|" + body.path("reference").asText();
    return switch (call) {
      case "Bet" -> "BET|" + key;
      case "Cancel", "Refund" -> "REFUND|" + key;
      case "Result" ->
          new BigDecimal(body.path("amount").asText()).signum() == 0 ? null : "WIN|" + key;
      default -> null;
    };
  }

  @Override
  String requestIdField() {
    return "uuid";
  }
}
