package dev.walletgate.application.port.in;

import java.util.Objects;

/** The use cases a provider's callbacks are mapped onto: all that a protocol adapter may call. */
public record ProviderUseCases(
    CheckSessionUseCase checkSession,
    GetBalanceUseCase getBalance,
    PlaceBetUseCase placeBet,
    SettleWinUseCase settleWin,
    EndRoundUseCase endRound,
    SessionExpiredUseCase sessionExpired,
    CancelBetUseCase cancelBet,
    RefundBetUseCase refundBet) {
  public ProviderUseCases {
    Objects.requireNonNull(checkSession, "checkSession");
    Objects.requireNonNull(getBalance, "getBalance");
    Objects.requireNonNull(placeBet, "placeBet");
    Objects.requireNonNull(settleWin, "settleWin");
    Objects.requireNonNull(endRound, "endRound");
    Objects.requireNonNull(sessionExpired, "sessionExpired");
    Objects.requireNonNull(cancelBet, "cancelBet");
    Objects.requireNonNull(refundBet, "refundBet");
  }
}
