package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts, players and the ledger on JPA, bound to one transaction. */
final class JpaAccountStore implements AccountStore {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(18);

  private static final String ACCOUNT_WITH_PLAYER_LOCK =
      "select a, (select p.locked from PlayerEntity p where p.playerId = a.id.playerId)"
          + " from AccountEntity a where a.id.playerId = :player and a.id.currency = :currency";

  private final TransactionScope scope;

  JpaAccountStore(TransactionScope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<Account> findForUpdate(PlayerId player, CurrencyCode currency) {
    return scope.guard(
        () -> {
          // One statement reads the player's lock flag with the locked account row.
          List<Object[]> rows =
              scope
                  .entityManager()
                  .createQuery(ACCOUNT_WITH_PLAYER_LOCK, Object[].class)
                  .setParameter("player", player.value())
                  .setParameter("currency", currency.value())
                  .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                  .getResultList();
          if (rows.isEmpty()) {
            return Optional.empty();
          }
          AccountEntity row = scope.own((AccountEntity) rows.get(0)[0]);
          return Optional.of(EntityMapper.account(row, Boolean.TRUE.equals(rows.get(0)[1])));
        });
  }

  @Override
  public Optional<Account> find(PlayerId player, CurrencyCode currency) {
    return scope.guard(
        () ->
            scope
                .read(
                    AccountEntity.class,
                    new AccountPk(player.value(), currency.value()),
                    row -> row)
                .map(row -> EntityMapper.account(row, isLocked(player))));
  }

  @Override
  public List<Account> findAll(PlayerId player) {
    return scope.guard(
        () -> {
          boolean locked = isLocked(player);
          return scope.readAll(
              scope
                  .entityManager()
                  .createQuery(
                      "select a from AccountEntity a where a.id.playerId = :player"
                          + " order by a.id.currency",
                      AccountEntity.class)
                  .setParameter("player", player.value()),
              row -> EntityMapper.account(row, locked));
        });
  }

  @Override
  public boolean playerExists(PlayerId player) {
    return scope.guard(
        () -> scope.read(PlayerEntity.class, player.value(), row -> row).isPresent());
  }

  @Override
  public Account createIfAbsent(PlayerId player, CurrencyCode currency, Instant at) {
    return scope.guard(
        () -> {
          boolean locked =
              scope
                  .read(PlayerEntity.class, player.value(), row -> row.locked)
                  .orElseGet(
                      () -> {
                        scope.insert(new PlayerEntity(player.value(), false, at));
                        return false;
                      });
          AccountPk id = new AccountPk(player.value(), currency.value());
          Optional<Account> existing =
              scope.read(AccountEntity.class, id, row -> EntityMapper.account(row, locked));
          if (existing.isPresent()) {
            return existing.get();
          }
          AccountEntity created = new AccountEntity(id, ZERO, at);
          scope.insert(created);
          return EntityMapper.account(created, locked);
        });
  }

  @Override
  public void book(LedgerEntry entry) {
    scope.run(
        () -> {
          AccountEntity account =
              scope.locked(
                  AccountEntity.class,
                  new AccountPk(entry.player().value(), entry.currency().value()));
          if (account == null) {
            throw new IllegalStateException(
                "no account " + entry.player().value() + "/" + entry.currency() + " to book on");
          }
          scope.insert(EntityMapper.entity(entry));
          account.balance = entry.balanceAfter();
        });
  }

  @Override
  public Optional<LedgerEntry> findByReference(String reference) {
    return scope.guard(
        () ->
            scope
                .readAll(
                    scope
                        .entityManager()
                        .createQuery(
                            "select e from LedgerEntryEntity e where e.platformReference = :reference",
                            LedgerEntryEntity.class)
                        .setParameter("reference", reference),
                    EntityMapper::entry)
                .stream()
                .findFirst());
  }

  @Override
  public boolean setLocked(PlayerId player, boolean locked) {
    return scope.guard(
        () -> {
          PlayerEntity row = scope.locked(PlayerEntity.class, player.value());
          if (row == null) {
            return false;
          }
          row.locked = locked;
          return true;
        });
  }

  @Override
  public List<LedgerEntry> recentEntries(PlayerId player, CurrencyCode currency, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return scope.guard(
        () ->
            scope.readAll(
                entries(player, currency, "desc").setMaxResults(limit), EntityMapper::entry));
  }

  @Override
  public List<Account> findAccountsAfter(Account after, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return scope.guard(
        () -> {
          // Scalars, not entities: nothing joins the persistence context, and one query reads the
          // players' locks with the accounts.
          String select =
              "select a.id.playerId, a.id.currency, a.balance, p.locked"
                  + " from AccountEntity a, PlayerEntity p where p.playerId = a.id.playerId";
          String order = " order by a.id.playerId, a.id.currency";
          TypedQuery<Object[]> query;
          if (after == null) {
            query = scope.entityManager().createQuery(select + order, Object[].class);
          } else {
            query =
                scope
                    .entityManager()
                    .createQuery(
                        select
                            + " and (a.id.playerId > :player"
                            + " or (a.id.playerId = :player and a.id.currency > :currency))"
                            + order,
                        Object[].class)
                    .setParameter("player", after.player().value())
                    .setParameter("currency", after.currency().value());
          }
          return query.setMaxResults(limit).getResultList().stream()
              .map(
                  row ->
                      new Account(
                          new PlayerId((String) row[0]),
                          new CurrencyCode((String) row[1]),
                          (BigDecimal) row[2],
                          (Boolean) row[3]))
              .toList();
        });
  }

  @Override
  public List<LedgerEntry> allEntries(PlayerId player, CurrencyCode currency) {
    return scope.guard(() -> scope.readAll(entries(player, currency, "asc"), EntityMapper::entry));
  }

  private TypedQuery<LedgerEntryEntity> entries(
      PlayerId player, CurrencyCode currency, String order) {
    return scope
        .entityManager()
        .createQuery(
            "select e from LedgerEntryEntity e"
                + " where e.playerId = :player and e.currency = :currency"
                + " order by e.entryNo "
                + order,
            LedgerEntryEntity.class)
        .setParameter("player", player.value())
        .setParameter("currency", currency.value());
  }

  private boolean isLocked(PlayerId player) {
    return scope.read(PlayerEntity.class, player.value(), row -> row.locked).orElse(false);
  }
}
