package dev.walletgate.adapter.http.kyren;

import dev.walletgate.application.port.in.CancelBetUseCase;
import dev.walletgate.application.port.in.CheckSessionUseCase;
import dev.walletgate.application.port.in.EndRoundUseCase;
import dev.walletgate.application.port.in.GetBalanceUseCase;
import dev.walletgate.application.port.in.PlaceBetUseCase;
import dev.walletgate.application.port.in.RefundBetUseCase;
import dev.walletgate.application.port.in.SessionExpiredUseCase;
import dev.walletgate.application.port.in.SettleWinUseCase;
import dev.walletgate.application.service.WalletServices;
import java.util.Objects;

/** The application use cases the Kyren calls are mapped onto. */
public record KyrenUseCases(
    CheckSessionUseCase check,
    GetBalanceUseCase balance,
    PlaceBetUseCase bet,
    SettleWinUseCase result,
    EndRoundUseCase endRound,
    SessionExpiredUseCase sessionExpired,
    CancelBetUseCase cancel,
    RefundBetUseCase refund) {
  public KyrenUseCases {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(bet, "bet");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(endRound, "endRound");
    Objects.requireNonNull(sessionExpired, "sessionExpired");
    Objects.requireNonNull(cancel, "cancel");
    Objects.requireNonNull(refund, "refund");
  }

  /** The use cases as the application's services implement them. */
  public static KyrenUseCases of(WalletServices services) {
    return new KyrenUseCases(
        services.providerSessions(),
        services.providerSessions(),
        services.bets(),
        services.wins(),
        services.rounds(),
        services.providerSessions(),
        services.cancels(),
        services.cancels());
  }
}
