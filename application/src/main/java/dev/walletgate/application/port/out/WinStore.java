package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import java.util.Optional;

/** Outgoing persistence port for wins. */
public interface WinStore {
  Optional<Win> find(Integration integration, WinKey key);

  /** Claims the win key; a taken key raises {@link RetryableConflictException}. */
  void insert(Win win);
}
