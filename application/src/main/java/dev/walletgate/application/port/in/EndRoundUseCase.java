package dev.walletgate.application.port.in;

/** Incoming port: a provider ends a round. */
public interface EndRoundUseCase {
  CallbackResult endRound(EndRoundCommand command);
}
