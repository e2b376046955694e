package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's credit call (W1-W5, R2).
 *
 * @param session recorded, never enforced (S2)
 * @param endsRound whether the win ends its round (LuckyMonaco {@code is_end_round}, R2)
 * @param betRequired whether the protocol refuses a win for a round with no booked bet (W5)
 * @param bonusCode a free-round bonus code, which lifts {@code betRequired}
 * @param winPart the protocol's breakdown of the amount (LuckyMonaco {@code win}): stored, not
 *     added
 * @param jackpotPart the jackpot part of the breakdown (LuckyMonaco {@code jackpot})
 */
public record SettleWinCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    Optional<SessionId> session,
    RoundId round,
    WinKey key,
    BigDecimal amount,
    CurrencyCode currency,
    boolean endsRound,
    boolean betRequired,
    Optional<String> bonusCode,
    Optional<BigDecimal> winPart,
    Optional<BigDecimal> jackpotPart) {
  /** A win without a breakdown. */
  public SettleWinCommand(
      Integration integration,
      RequestId requestId,
      PlayerId player,
      Optional<SessionId> session,
      RoundId round,
      WinKey key,
      BigDecimal amount,
      CurrencyCode currency,
      boolean endsRound,
      boolean betRequired,
      Optional<String> bonusCode) {
    this(
        integration,
        requestId,
        player,
        session,
        round,
        key,
        amount,
        currency,
        endsRound,
        betRequired,
        bonusCode,
        Optional.empty(),
        Optional.empty());
  }

  public SettleWinCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(bonusCode, "bonusCode");
    Objects.requireNonNull(winPart, "winPart");
    Objects.requireNonNull(jackpotPart, "jackpotPart");
  }
}
