package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Writes answers as LuckyMonaco bodies: {@code status}, {@code balance} (when known), {@code sid}
 * (check), a fresh response {@code uuid}, and {@code retransmission: true} only for a replay.
 */
final class AnswerWriter {
  private final WireJson json;

  AnswerWriter(WireJson json) {
    this.json = json;
  }

  LuckyMonacoHttpResponse write(Answer answer) {
    if (answer.status() == null) {
      return LuckyMonacoHttpResponse.empty(answer.httpStatus());
    }
    ObjectNode body = json.newObject();
    body.put("status", answer.status().name());
    answer.balance().ifPresent(balance -> body.put("balance", balance.display()));
    answer.sid().ifPresent(sid -> body.put("sid", sid));
    body.put("uuid", newUuid());
    if (answer.retransmission()) {
      body.put("retransmission", true);
    }
    return LuckyMonacoHttpResponse.json(answer.httpStatus(), json.write(body));
  }

  /** The answer of last resort, written without Jackson so that it cannot fail. */
  static LuckyMonacoHttpResponse unknownError() {
    String body = "{\"status\":\"UNKNOWN_ERROR\",\"uuid\":\"" + newUuid() + "\"}";
    return LuckyMonacoHttpResponse.json(500, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String newUuid() {
    return UUID.randomUUID().toString();
  }
}
