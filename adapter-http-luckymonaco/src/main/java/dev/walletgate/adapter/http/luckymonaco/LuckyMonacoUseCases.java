package dev.walletgate.adapter.http.luckymonaco;

import dev.walletgate.application.port.in.CancelBetUseCase;
import dev.walletgate.application.port.in.CheckSessionUseCase;
import dev.walletgate.application.port.in.GetBalanceUseCase;
import dev.walletgate.application.port.in.PlaceBetUseCase;
import dev.walletgate.application.port.in.SettleWinUseCase;
import dev.walletgate.application.service.WalletServices;
import java.util.Objects;

/** The application use cases the LuckyMonaco calls are mapped onto. */
public record LuckyMonacoUseCases(
    CheckSessionUseCase checkSession,
    GetBalanceUseCase getBalance,
    PlaceBetUseCase placeBet,
    SettleWinUseCase settleWin,
    CancelBetUseCase cancelBet) {
  public LuckyMonacoUseCases {
    Objects.requireNonNull(checkSession, "checkSession");
    Objects.requireNonNull(getBalance, "getBalance");
    Objects.requireNonNull(placeBet, "placeBet");
    Objects.requireNonNull(settleWin, "settleWin");
    Objects.requireNonNull(cancelBet, "cancelBet");
  }

  /** The use cases of one set of wallet services. */
  public static LuckyMonacoUseCases of(WalletServices services) {
    return new LuckyMonacoUseCases(
        services.providerSessions(),
        services.providerSessions(),
        services.bets(),
        services.wins(),
        services.cancels());
  }
}
