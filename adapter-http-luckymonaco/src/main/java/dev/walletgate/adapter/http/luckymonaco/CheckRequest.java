package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.CheckSessionCommand;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import java.util.Optional;

/** LuckyMonaco's check body: {@code sid}, {@code userid}/{@code userId}, {@code uuid}. */
record CheckRequest(String uuid, PlayerId player, String sid) {
  static CheckRequest from(ObjectNode body) {
    return new CheckRequest(
        WireFields.requiredId(body, "uuid"),
        WireFields.player(body),
        WireFields.requiredId(body, "sid"));
  }

  /** The session's own currency is used: check names none. */
  CheckSessionCommand toCommand() {
    return new CheckSessionCommand(player, new SessionId(sid), Optional.empty());
  }
}
