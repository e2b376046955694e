package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import java.math.BigDecimal;

/**
 * LuckyMonaco's bet body. {@code transaction.id} is both the bet key and the spin (the round); game
 * fields, {@code bonus} and {@code roundid} are informational and ignored.
 */
record BetRequest(
    String uuid,
    PlayerId player,
    String sid,
    String currency,
    String transactionId,
    BigDecimal amount) {
  static BetRequest from(ObjectNode body) {
    String uuid = WireFields.requiredId(body, "uuid");
    PlayerId player = WireFields.player(body);
    String sid = WireFields.requiredId(body, "sid");
    String currency = WireFields.requiredId(body, "currency");
    ObjectNode transaction = WireFields.requiredObject(body, "transaction");
    return new BetRequest(
        uuid,
        player,
        sid,
        currency,
        WireFields.requiredId(transaction, "id"),
        WireFields.requiredAmount(transaction, "amount"));
  }

  PlaceBetCommand toCommand() {
    return new PlaceBetCommand(
        Integration.LUCKYMONACO,
        new RequestId(uuid),
        player,
        new SessionId(sid),
        new RoundId(transactionId),
        new BetKey(transactionId),
        amount,
        currency);
  }
}
