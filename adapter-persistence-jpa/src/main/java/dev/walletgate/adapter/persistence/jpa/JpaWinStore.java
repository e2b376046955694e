package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.WinStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import java.util.Optional;

/** Wins on JPA, bound to one transaction. */
final class JpaWinStore implements WinStore {
  private final TransactionScope scope;

  JpaWinStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<Win> find(Integration integration, WinKey key) {
    return scope.guard(
        () -> scope.read(WinEntity.class, EntityMapper.winPk(integration, key), EntityMapper::win));
  }

  @Override
  public void insert(Win win) {
    scope.run(() -> scope.insert(EntityMapper.entity(win)));
  }
}
