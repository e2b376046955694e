package dev.walletgate.application.port.in;

/** Incoming port: Kyren's Refund of a bet, with the rules of a cancel. */
public interface RefundBetUseCase {
  CallbackResult refundBet(RefundBetCommand command);
}
