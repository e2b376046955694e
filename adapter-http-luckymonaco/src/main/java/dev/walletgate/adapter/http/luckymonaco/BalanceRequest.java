package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.GetBalanceCommand;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Optional;

/**
 * LuckyMonaco's balance body: {@code sid}, {@code userid}/{@code userId}, {@code currency}, {@code
 * uuid} ({@code gametype} and {@code gameid} are informational and ignored).
 */
record BalanceRequest(String uuid, PlayerId player, String sid, String currency) {
  static BalanceRequest from(ObjectNode body) {
    return new BalanceRequest(
        WireFields.requiredId(body, "uuid"),
        WireFields.player(body),
        WireFields.requiredId(body, "sid"),
        WireFields.requiredId(body, "currency"));
  }

  /** The command, naming the code that {@code currency} spells. */
  GetBalanceCommand toCommand(Optional<CurrencyCode> code) {
    return new GetBalanceCommand(player, new SessionId(sid), code);
  }
}
