package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Integration;
import java.util.Optional;

/** Incoming port: the platform reads a bet key's row: a booked bet or a void (read only). */
public interface GetBetUseCase {
  Optional<BetKeyHolder> getBet(Integration integration, BetKey key);
}
