package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import java.util.Optional;

/**
 * The seed's cancel body: {@code sid}, {@code userid}, {@code transaction.id} (the id of the failed
 * call, i.e. the bet key and its spin), {@code uuid}. It carries no amount: the recorded stake is
 * refunded (C1). The session is recorded, never enforced (C4).
 */
record CancelRequest(String uuid, PlayerId player, String sid, String transactionId) {
  static CancelRequest from(ObjectNode body) {
    String uuid = WireFields.requiredId(body, "uuid");
    PlayerId player = WireFields.player(body);
    String sid = WireFields.requiredId(body, "sid");
    ObjectNode transaction = WireFields.requiredObject(body, "transaction");
    return new CancelRequest(uuid, player, sid, WireFields.requiredId(transaction, "id"));
  }

  CancelBetCommand toCommand() {
    return new CancelBetCommand(
        Integration.LUCKYMONACO,
        new RequestId(uuid),
        player,
        Optional.of(new SessionId(sid)),
        Optional.of(new RoundId(transactionId)),
        new BetKey(transactionId),
        Optional.empty());
  }
}
