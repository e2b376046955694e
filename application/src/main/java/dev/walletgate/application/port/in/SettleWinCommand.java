package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
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
 */
public record SettleWinCommand(
    Integration integration,
    RequestId requestId,
    PlayerId player,
    Optional<SessionId> session,
    RoundId round,
    WinKey key,
    BigDecimal amount,
    String currency,
    boolean endsRound,
    boolean betRequired,
    Optional<String> bonusCode) {
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
  }
}
