package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.AccountRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.LedgerRow;
import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Jdbi persistence adapter for players, accounts and the ledger. */
final class JdbiAccountStore implements AccountStore {
  private final AccountDao dao;

  JdbiAccountStore(AccountDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<Account> findForUpdate(PlayerId player, CurrencyCode currency) {
    return dao.findForUpdate(player.value(), currency.value()).map(JdbiAccountStore::account);
  }

  @Override
  public Optional<Account> find(PlayerId player, CurrencyCode currency) {
    return dao.find(player.value(), currency.value()).map(JdbiAccountStore::account);
  }

  @Override
  public List<Account> findAll(PlayerId player) {
    return dao.findAll(player.value()).stream().map(JdbiAccountStore::account).toList();
  }

  @Override
  public boolean playerExists(PlayerId player) {
    return dao.countPlayers(player.value()) > 0;
  }

  @Override
  public Account createIfAbsent(PlayerId player, CurrencyCode currency, Instant at) {
    // A concurrent creation of the same player or account fails this one's insert with a unique
    // violation, which the caller retries and then finds the row.
    if (!playerExists(player)) {
      dao.insertPlayer(player.value(), at);
    }
    Optional<AccountRow> existing = dao.find(player.value(), currency.value());
    if (existing.isPresent()) {
      return account(existing.get());
    }
    dao.insertAccount(player.value(), currency.value(), at);
    return find(player, currency).orElseThrow();
  }

  @Override
  public void book(LedgerEntry entry) {
    dao.insertEntry(
        entry.transaction().value(),
        entry.player().value(),
        entry.currency().value(),
        entry.kind().name(),
        entry.amount(),
        entry.balanceAfter(),
        entry.integration() == null ? null : entry.integration().value(),
        entry.key(),
        entry.integration() == null ? entry.key() : null,
        entry.createdAt());
    dao.updateBalance(entry.player().value(), entry.currency().value(), entry.balanceAfter());
  }

  @Override
  public Optional<LedgerEntry> findByReference(String reference) {
    return dao.findByReference(reference).map(JdbiAccountStore::entry);
  }

  @Override
  public boolean setLocked(PlayerId player, boolean locked) {
    return dao.setLocked(player.value(), locked) > 0;
  }

  @Override
  public List<LedgerEntry> recentEntries(PlayerId player, CurrencyCode currency, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return dao.recentEntries(player.value(), currency.value(), limit).stream()
        .map(JdbiAccountStore::entry)
        .toList();
  }

  @Override
  public List<Account> findAccountsAfter(Account after, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    List<AccountRow> rows =
        after == null
            ? dao.firstAccounts(limit)
            : dao.accountsAfter(after.player().value(), after.currency().value(), limit);
    return rows.stream().map(JdbiAccountStore::account).toList();
  }

  @Override
  public List<LedgerEntry> allEntries(PlayerId player, CurrencyCode currency) {
    return dao.allEntries(player.value(), currency.value()).stream()
        .map(JdbiAccountStore::entry)
        .toList();
  }

  static Account account(AccountRow row) {
    return new Account(
        new PlayerId(row.playerId()),
        new CurrencyCode(row.currency()),
        row.balance(),
        row.locked());
  }

  private static LedgerEntry entry(LedgerRow row) {
    return new LedgerEntry(
        new OperatorTransactionId(row.transactionId()),
        new PlayerId(row.playerId()),
        new CurrencyCode(row.currency()),
        EntryKind.valueOf(row.kind()),
        row.amount(),
        row.balanceAfter(),
        row.integration() == null ? null : new Integration(row.integration()),
        row.entryKey(),
        row.createdAt());
  }
}
