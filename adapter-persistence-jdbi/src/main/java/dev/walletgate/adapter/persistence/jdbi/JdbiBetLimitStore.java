package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.BetLimitDao.LimitColumns;
import dev.walletgate.adapter.persistence.jdbi.BetLimitDao.LimitsRow;
import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.Limit;
import dev.walletgate.domain.limits.PendingRaise;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Jdbi persistence adapter for the players' bet limits and their day's net loss. */
final class JdbiBetLimitStore implements BetLimitStore {
  private final BetLimitDao dao;

  JdbiBetLimitStore(BetLimitDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<BetLimits> find(PlayerId player, CurrencyCode currency) {
    return dao.find(player.value(), currency.value(), false).map(JdbiBetLimitStore::limits);
  }

  @Override
  public Optional<BetLimits> findForUpdate(PlayerId player, CurrencyCode currency) {
    return dao.find(player.value(), currency.value(), true).map(JdbiBetLimitStore::limits);
  }

  @Override
  public void save(BetLimits limits, Instant at) {
    dao.save(
        new LimitsRow(
            limits.player().value(),
            limits.currency().value(),
            columns(limits.stake()),
            columns(limits.dailyLoss())),
        at);
  }

  @Override
  public BigDecimal netLoss(PlayerId player, CurrencyCode currency, Instant from, Instant to) {
    return dao.sumOfPlay(player.value(), currency.value(), from, to).negate();
  }

  private static BetLimits limits(LimitsRow row) {
    return new BetLimits(
        new PlayerId(row.playerId()),
        new CurrencyCode(row.currency()),
        limit(row.stake()),
        limit(row.dailyLoss()));
  }

  private static Limit limit(LimitColumns columns) {
    Optional<PendingRaise> pending =
        Optional.ofNullable(columns.pendingFrom())
            .map(from -> new PendingRaise(Optional.ofNullable(columns.pending()), from));
    return new Limit(Optional.ofNullable(columns.amount()), pending);
  }

  private static LimitColumns columns(Limit limit) {
    return new LimitColumns(
        limit.amount().orElse(null),
        limit.pending().flatMap(PendingRaise::amount).orElse(null),
        limit.pending().map(PendingRaise::effectiveAt).orElse(null));
  }
}
