package dev.walletgate.application.port.in;

/** Incoming port: a provider's win (credit). */
public interface SettleWinUseCase {
  CallbackResult settleWin(SettleWinCommand command);
}
