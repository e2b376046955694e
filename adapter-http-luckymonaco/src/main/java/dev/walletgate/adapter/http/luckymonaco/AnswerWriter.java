package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.protocol.Reply;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Writes answers as LuckyMonaco bodies: {@code status}, {@code balance} (when known), {@code sid}
 * (check), a fresh response {@code uuid}, and {@code retransmission: true} only for a replay.
 */
final class AnswerWriter {
  static final String JSON = "application/json; charset=utf-8";

  private final WireJson json;

  AnswerWriter(WireJson json) {
    this.json = json;
  }

  Reply write(Answer answer) {
    if (answer.status() == null) {
      return Reply.empty(answer.httpStatus());
    }
    ObjectNode body = json.newObject();
    body.put("status", answer.status().name());
    answer.balance().ifPresent(balance -> body.put("balance", balance.display()));
    answer.sid().ifPresent(sid -> body.put("sid", sid));
    body.put("uuid", newUuid());
    if (answer.retransmission()) {
      body.put("retransmission", true);
    }
    return new Reply(answer.httpStatus(), JSON, json.write(body));
  }

  /** The answer of last resort, written without Jackson so that it cannot fail. */
  static Reply unknownError() {
    String body = "{\"status\":\"UNKNOWN_ERROR\",\"uuid\":\"" + newUuid() + "\"}";
    return new Reply(500, JSON, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String newUuid() {
    return UUID.randomUUID().toString();
  }
}
