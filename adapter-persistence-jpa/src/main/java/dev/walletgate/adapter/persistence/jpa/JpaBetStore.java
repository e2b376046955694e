package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.VoidedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bets, their voids and rounds on JPA, bound to one transaction. */
final class JpaBetStore implements BetStore {
  private final TransactionScope scope;

  JpaBetStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<BetKeyHolder> findForUpdate(Integration integration, BetKey key) {
    return scope.guard(
        () ->
            Optional.ofNullable(scope.locked(BetEntity.class, EntityMapper.betPk(integration, key)))
                .map(EntityMapper::holder));
  }

  @Override
  public Optional<BetKeyHolder> find(Integration integration, BetKey key) {
    return scope.guard(
        () ->
            scope.read(
                BetEntity.class, EntityMapper.betPk(integration, key), EntityMapper::holder));
  }

  @Override
  public void insert(Bet bet) {
    scope.run(() -> scope.insert(EntityMapper.entity(bet)));
  }

  @Override
  public void insertVoid(VoidedKey voided) {
    scope.run(() -> scope.insert(EntityMapper.entity(voided)));
  }

  @Override
  public void update(Bet bet) {
    scope.run(
        () -> {
          BetEntity row =
              scope.locked(BetEntity.class, EntityMapper.betPk(bet.integration(), bet.key()));
          if (row == null) {
            throw new IllegalStateException("no bet row to update: " + bet.key().value());
          }
          EntityMapper.applyState(bet, row);
        });
  }

  @Override
  public List<BetKeyHolder> findByRoundForUpdate(Integration integration, RoundId round) {
    return scope.guard(
        () ->
            scope
                .lockedAll(
                    scope
                        .entityManager()
                        .createQuery(
                            "select b from BetEntity b"
                                + " where b.id.integration = :integration and b.roundId = :round"
                                + " order by b.createdAt, b.id.betKey",
                            BetEntity.class)
                        .setParameter("integration", integration.value())
                        .setParameter("round", round.value()))
                .stream()
                .map(EntityMapper::holder)
                .toList());
  }

  @Override
  public Optional<Round> findRoundForUpdate(Integration integration, RoundId round) {
    return scope.guard(
        () ->
            Optional.ofNullable(
                    scope.locked(RoundEntity.class, EntityMapper.roundPk(integration, round)))
                .map(EntityMapper::round));
  }

  @Override
  public void insertRound(Round round) {
    scope.run(() -> scope.insert(EntityMapper.entity(round)));
  }

  @Override
  public void updateRound(Round round) {
    scope.run(
        () -> {
          RoundEntity row =
              scope.locked(
                  RoundEntity.class, EntityMapper.roundPk(round.integration(), round.id()));
          if (row == null) {
            throw new IllegalStateException("no round row to update: " + round.id().value());
          }
          row.state = round.state().name();
        });
  }

  @Override
  public List<Bet> findOpenCreatedBefore(Instant cutoff, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return scope.guard(
        () ->
            scope.readAll(
                scope
                    .entityManager()
                    .createQuery(
                        "select b from BetEntity b"
                            + " where b.state = :state and b.createdAt < :cutoff"
                            + " order by b.createdAt, b.id.integration, b.id.betKey",
                        BetEntity.class)
                    .setParameter("state", BetState.OPEN.name())
                    .setParameter("cutoff", cutoff)
                    .setMaxResults(limit),
                EntityMapper::bet));
  }

  @Override
  public long countOpenCreatedBefore(Instant cutoff) {
    return scope.guard(
        () ->
            scope
                .entityManager()
                .createQuery(
                    "select count(b) from BetEntity b"
                        + " where b.state = :state and b.createdAt < :cutoff",
                    Long.class)
                .setParameter("state", BetState.OPEN.name())
                .setParameter("cutoff", cutoff)
                .getSingleResult());
  }

  @Override
  public List<VoidedKey> findVoided(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return scope.guard(
        () ->
            scope.readAll(
                scope
                    .entityManager()
                    .createQuery(
                        "select b from BetEntity b where b.state = :state"
                            + " order by b.createdAt desc, b.id.integration desc, b.id.betKey desc",
                        BetEntity.class)
                    .setParameter("state", BetState.VOIDED.name())
                    .setMaxResults(limit),
                EntityMapper::voided));
  }

  @Override
  public long countVoided() {
    return scope.guard(
        () ->
            scope
                .entityManager()
                .createQuery("select count(b) from BetEntity b where b.state = :state", Long.class)
                .setParameter("state", BetState.VOIDED.name())
                .getSingleResult());
  }
}
