package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.WinRow;
import dev.walletgate.application.port.out.WinStore;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Optional;

/** Jdbi persistence adapter for wins. */
final class JdbiWinStore implements WinStore {
  private final WinDao dao;

  JdbiWinStore(WinDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<Win> find(Integration integration, WinKey key) {
    return dao.find(integration.value(), key.value()).map(JdbiWinStore::win);
  }

  @Override
  public void insert(Win win) {
    dao.insert(
        win.integration().value(),
        win.key().value(),
        win.player().value(),
        win.currency().value(),
        win.amount(),
        win.round().value(),
        win.transaction().value(),
        win.createdAt(),
        win.winPart(),
        win.jackpotPart());
  }

  static Win win(WinRow row) {
    return new Win(
        new Integration(row.integration()),
        new WinKey(row.winKey()),
        new PlayerId(row.playerId()),
        new CurrencyCode(row.currency()),
        row.amount(),
        new RoundId(row.roundId()),
        new OperatorTransactionId(row.transactionId()),
        row.createdAt(),
        row.winPart(),
        row.jackpotPart());
  }
}
