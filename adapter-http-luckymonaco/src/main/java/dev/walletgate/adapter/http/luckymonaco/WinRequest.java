package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * LuckyMonaco's win body. {@code transaction.id} names the spin and repeats across its wins, so the
 * request {@code uuid} is the win key. {@code transaction.amount} is what is booked; {@code win}
 * and {@code jackpot} are its breakdown, checked as amounts and stored with the win but never
 * added. {@code sid} is optional and not enforced (S2); a {@code bonus} code lets a win without a
 * bet through (W5).
 */
record WinRequest(
    String uuid,
    PlayerId player,
    Optional<String> sid,
    String currency,
    String transactionId,
    BigDecimal amount,
    Optional<BigDecimal> winPart,
    Optional<BigDecimal> jackpotPart,
    boolean endsRound,
    Optional<String> bonus) {
  static WinRequest from(ObjectNode body) {
    String uuid = WireFields.requiredId(body, "uuid");
    PlayerId player = WireFields.player(body);
    Optional<String> sid = WireFields.optionalId(body, "sid");
    String currency = WireFields.requiredId(body, "currency");
    Optional<String> bonus = WireFields.optionalId(body, "bonus");
    ObjectNode transaction = WireFields.requiredObject(body, "transaction");
    String transactionId = WireFields.requiredId(transaction, "id");
    BigDecimal amount = WireFields.requiredAmount(transaction, "amount");
    Optional<BigDecimal> winPart = WireFields.optionalAmount(transaction, "win");
    Optional<BigDecimal> jackpotPart = WireFields.optionalAmount(transaction, "jackpot");
    boolean endsRound = WireFields.endsRound(transaction, "is_end_round");
    return new WinRequest(
        uuid, player, sid, currency, transactionId, amount, winPart, jackpotPart, endsRound, bonus);
  }

  /** The command, naming the code that {@code currency} spells. */
  SettleWinCommand toCommand(CurrencyCode code) {
    return new SettleWinCommand(
        Integration.LUCKYMONACO,
        new RequestId(uuid),
        player,
        sid.map(SessionId::new),
        new RoundId(transactionId),
        new WinKey(uuid),
        amount,
        code,
        endsRound,
        true,
        bonus,
        winPart,
        jackpotPart);
  }
}
