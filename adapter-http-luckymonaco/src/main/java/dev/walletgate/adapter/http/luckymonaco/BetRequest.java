package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * LuckyMonaco's bet body. {@code transaction.id} is both the bet key and the spin (the round);
 * {@code gameid} is shown to the bet guard (G1); the other game fields, {@code bonus} and {@code
 * roundid} are informational and ignored.
 */
record BetRequest(
    String uuid,
    PlayerId player,
    String sid,
    String currency,
    String transactionId,
    BigDecimal amount,
    Optional<String> game) {
  static BetRequest from(ObjectNode body) {
    String uuid = WireFields.requiredId(body, "uuid");
    PlayerId player = WireFields.player(body);
    String sid = WireFields.requiredId(body, "sid");
    String currency = WireFields.requiredId(body, "currency");
    Optional<String> game = WireFields.optionalId(body, "gameid");
    ObjectNode transaction = WireFields.requiredObject(body, "transaction");
    return new BetRequest(
        uuid,
        player,
        sid,
        currency,
        WireFields.requiredId(transaction, "id"),
        WireFields.requiredAmount(transaction, "amount"),
        game);
  }

  /** The command, naming the code that {@code currency} spells. */
  PlaceBetCommand toCommand(CurrencyCode code) {
    return new PlaceBetCommand(
        Integration.LUCKYMONACO,
        new RequestId(uuid),
        player,
        new SessionId(sid),
        new RoundId(transactionId),
        new BetKey(transactionId),
        amount,
        code,
        game);
  }
}
