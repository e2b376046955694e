package dev.walletgate.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.bootstrap.reliability.ProviderBook.BetState;
import dev.walletgate.bootstrap.reliability.ProviderBook.WinState;
import dev.walletgate.bootstrap.reliability.ProviderTransport.Answer;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A player at a LuckyMonaco slot: bet with a short client timeout and 3 retries, then cancel (a
 * cancel failing 3 times is dropped, and resent only by the end-of-run settle-up); a win ending the
 * spin; sometimes the cancel before the bet, or a win before its bet (refused, then paid under a
 * new request id once the bet is booked).
 */
final class LuckyMonacoPlayer extends SimulatedPlayer {
  static final String INTEGRATION = "luckymonaco";
  private static final int ATTEMPTS = 4;
  private static final int CANCEL_ATTEMPTS = 3;
  private final String token;
  private final KyrenPlayer.Strings strings;

  LuckyMonacoPlayer(
      String player,
      String sessionId,
      ProviderTransport transport,
      ProviderBook book,
      long seed,
      PlayerSettings settings,
      String token,
      KyrenPlayer.Strings strings) {
    super(player, sessionId, transport, book, seed, settings);
    this.token = token;
    this.strings = strings;
  }

  @Override
  String integration() {
    return INTEGRATION;
  }

  @Override
  String path(String call) {
    return "/luckymonaco/" + call + "?authToken=" + token;
  }

  @Override
  Duration timeout() {
    return settings.luckyMonacoTimeout();
  }

  @Override
  void playRound() {
    String spin = player + "-s" + (++rounds);
    int scenario = random.nextInt(100);
    BigDecimal stake = stake();
    if (scenario < 8) {
      book.outOfOrder.incrementAndGet();
      if (cancel(spin, stake)) {
        bet(spin, stake);
      }
    } else if (scenario < 16) {
      book.outOfOrder.incrementAndGet();
      win(spin, winFor(stake));
      if (bet(spin, stake)) {
        win(spin, winFor(stake));
      }
    } else if (scenario < 28) {
      if (bet(spin, stake)) {
        cancel(spin, stake);
      }
    } else if (bet(spin, stake)) {
      win(spin, winFor(stake));
    }
  }

  boolean bet(String spin, BigDecimal stake) {
    ObjectNode body = common();
    body.put("currency", "USD");
    body.put("gameName", strings.gameName());
    body.put("gameid", "rel_slot_1");
    ObjectNode transaction = body.putObject("transaction");
    transaction.put("id", spin);
    transaction.put("amount", stake.toPlainString());
    String uuid = newRequestId();
    body.put("uuid", uuid);
    Answer answer = send("bet", body, uuid, ATTEMPTS);
    if (book.betState(INTEGRATION, spin) == BetState.CANCELLED) {
      return false;
    }
    if (answer == null) {
      book.bet(INTEGRATION, player, spin, stake, BetState.UNCERTAIN);
      cancel(spin, stake);
      return false;
    }
    boolean placed = "OK".equals(answer.text("status"));
    book.bet(INTEGRATION, player, spin, stake, placed ? BetState.PLACED : BetState.REFUSED);
    return placed;
  }

  boolean cancel(String spin, BigDecimal stake) {
    ObjectNode body = common();
    body.putObject("transaction").put("id", spin);
    String uuid = newRequestId();
    body.put("uuid", uuid);
    BetState before = book.betState(INTEGRATION, spin);
    Answer answer = send("cancel", body, uuid, CANCEL_ATTEMPTS);
    if (answer == null) {
      book.bet(INTEGRATION, player, spin, stake, BetState.UNCERTAIN);
      pending.add(new Pending("cancel", body, uuid, a -> cancelAnswered(spin, stake, before, a)));
      return false;
    }
    cancelAnswered(spin, stake, before, answer);
    return "OK".equals(answer.text("status"));
  }

  private void cancelAnswered(String spin, BigDecimal stake, BetState before, Answer answer) {
    if ("OK".equals(answer.text("status"))) {
      book.bet(INTEGRATION, player, spin, stake, BetState.CANCELLED);
    } else if (before == null) {
      book.bet(INTEGRATION, player, spin, stake, BetState.REFUSED);
    } else if (before != BetState.UNCERTAIN) {
      book.bet(INTEGRATION, player, spin, stake, before);
    }
  }

  /** A win ending the spin; its request uuid is the win key. */
  void win(String spin, BigDecimal amount) {
    ObjectNode body = common();
    body.put("currency", "USD");
    body.put("gameName", strings.gameName());
    ObjectNode transaction = body.putObject("transaction");
    transaction.put("id", spin);
    transaction.put("amount", amount.toPlainString());
    transaction.put("is_end_round", "ok");
    String uuid = newRequestId();
    body.put("uuid", uuid);
    Answer answer = send("win", body, uuid, ATTEMPTS);
    if (answer == null) {
      book.win(INTEGRATION, player, uuid, amount, WinState.UNCERTAIN);
      pending.add(new Pending("win", body, uuid, a -> winAnswered(uuid, amount, a)));
      return;
    }
    winAnswered(uuid, amount, answer);
  }

  private void winAnswered(String uuid, BigDecimal amount, Answer answer) {
    book.win(
        INTEGRATION,
        player,
        uuid,
        amount,
        "OK".equals(answer.text("status")) ? WinState.PAID : WinState.REFUSED);
  }

  private ObjectNode common() {
    ObjectNode body = ProviderTransport.JSON.createObjectNode();
    body.put("sid", sessionId);
    body.put("userid", player);
    return body;
  }

  @Override
  boolean isFinal(Answer answer) {
    if (!answer.answered() || answer.status() != 200) {
      return false;
    }
    String status = answer.text("status");
    return status != null && !status.equals("TEMPORARY_ERROR") && !status.equals("UNKNOWN_ERROR");
  }

  @Override
  boolean isUnexpected(Answer answer) {
    return answer.status() != 503;
  }

  @Override
  boolean isSuccess(Answer answer) {
    return "OK".equals(answer.text("status"));
  }

  @Override
  String replaySignature(Answer answer) {
    return answer.text("status") + "|" + answer.text("balance");
  }

  @Override
  String effectSignature(Answer answer) {
    return answer.text("status");
  }

  @Override
  String subjectOf(ObjectNode body) {
    return body.path("transaction").path("id").asText();
  }

  @Override
  boolean duplicableWithNewId(String call) {
    return !call.equals("win"); // a win's request uuid is its win key: a new one is a new win
  }

  @Override
  String movementOf(String call, ObjectNode body) {
    JsonNode transaction = body.path("transaction");
    String spin = INTEGRATION + "|" + transaction.path("id").asText();
    return switch (call) {
      case "bet" -> "BET|" + spin;
      case "cancel" -> "REFUND|" + spin;
      case "win" ->
          new BigDecimal(transaction.path("amount").asText()).signum() == 0
              ? null
              : "WIN|" + INTEGRATION + "|" + body.path("uuid").asText();
      default -> null;
    };
  }

  @Override
  String requestIdField() {
    return "uuid";
  }
}
