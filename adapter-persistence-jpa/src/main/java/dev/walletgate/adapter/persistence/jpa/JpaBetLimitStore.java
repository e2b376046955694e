package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.Limit;
import dev.walletgate.domain.limits.PendingRaise;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The players' bet limits and their day's net loss on JPA, bound to one transaction. */
final class JpaBetLimitStore implements BetLimitStore {
  // Bets are negative, wins and refunds positive: the loss is the sum's opposite. The platform's
  // deposits and withdrawals are not play.
  private static final List<String> PLAY =
      List.of(EntryKind.BET.name(), EntryKind.WIN.name(), EntryKind.REFUND.name());

  private final TransactionScope scope;

  JpaBetLimitStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<BetLimits> find(PlayerId player, CurrencyCode currency) {
    return scope.guard(
        () ->
            scope.read(
                BetLimitsEntity.class,
                new AccountPk(player.value(), currency.value()),
                JpaBetLimitStore::limits));
  }

  @Override
  public Optional<BetLimits> findForUpdate(PlayerId player, CurrencyCode currency) {
    return scope.guard(
        () ->
            Optional.ofNullable(
                    scope.locked(
                        BetLimitsEntity.class, new AccountPk(player.value(), currency.value())))
                .map(JpaBetLimitStore::limits));
  }

  @Override
  public void save(BetLimits limits, Instant at) {
    scope.run(
        () -> {
          AccountPk id = new AccountPk(limits.player().value(), limits.currency().value());
          BetLimitsEntity row = scope.locked(BetLimitsEntity.class, id);
          boolean first = row == null;
          if (first) {
            row = new BetLimitsEntity(id);
          }
          row.stakeLimit = limits.stake().amount().orElse(null);
          row.stakePending = pendingAmount(limits.stake());
          row.stakePendingFrom = pendingFrom(limits.stake());
          row.dailyLossLimit = limits.dailyLoss().amount().orElse(null);
          row.dailyLossPending = pendingAmount(limits.dailyLoss());
          row.dailyLossPendingFrom = pendingFrom(limits.dailyLoss());
          row.updatedAt = at;
          if (first) {
            // Two first saves at once: the second insert raises a retryable conflict, and its
            // retry finds the row to update.
            scope.insert(row);
          } else {
            // Written here rather than at commit, so that a fault surfaces as this call's.
            scope.entityManager().flush();
          }
        });
  }

  @Override
  public BigDecimal netLoss(PlayerId player, CurrencyCode currency, Instant from, Instant to) {
    return scope.guard(
        () -> {
          BigDecimal sum =
              scope
                  .entityManager()
                  .createQuery(
                      "select sum(e.amount) from LedgerEntryEntity e"
                          + " where e.playerId = :player and e.currency = :currency"
                          + " and e.createdAt >= :from and e.createdAt < :to"
                          + " and e.kind in :play",
                      BigDecimal.class)
                  .setParameter("player", player.value())
                  .setParameter("currency", currency.value())
                  .setParameter("from", from)
                  .setParameter("to", to)
                  .setParameter("play", PLAY)
                  .getSingleResult();
          return sum == null ? BigDecimal.ZERO : sum.negate();
        });
  }

  private static BetLimits limits(BetLimitsEntity row) {
    return new BetLimits(
        new PlayerId(row.id.playerId()),
        new CurrencyCode(row.id.currency()),
        limit(row.stakeLimit, row.stakePending, row.stakePendingFrom),
        limit(row.dailyLossLimit, row.dailyLossPending, row.dailyLossPendingFrom));
  }

  private static Limit limit(BigDecimal amount, BigDecimal pending, Instant pendingFrom) {
    return new Limit(
        Optional.ofNullable(amount),
        Optional.ofNullable(pendingFrom)
            .map(from -> new PendingRaise(Optional.ofNullable(pending), from)));
  }

  private static BigDecimal pendingAmount(Limit limit) {
    return limit.pending().flatMap(PendingRaise::amount).orElse(null);
  }

  private static Instant pendingFrom(Limit limit) {
    return limit.pending().map(PendingRaise::effectiveAt).orElse(null);
  }
}
