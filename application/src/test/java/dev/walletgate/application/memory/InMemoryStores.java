package dev.walletgate.application.memory;

import dev.walletgate.application.port.out.AccountStore;
import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.application.port.out.EventStore;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RequestStore;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.SessionStore;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.port.out.WinStore;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Thread-safe in-memory implementation of every out-port, for service tests and as the reference
 * the storage contract suites run against. Transactions run one at a time (a fair lock stands in
 * for row locks) and roll back from an undo journal; inserting a taken unique key raises {@link
 * RetryableConflictException}, as a database's unique index would.
 */
public final class InMemoryStores implements Transactions {
  private record Key2(String a, String b) {}

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Map<PlayerId, Boolean> players = new HashMap<>();
  private final Map<Key2, Account> accounts = new HashMap<>();
  private final List<LedgerEntry> ledger = new ArrayList<>();
  private final Map<String, LedgerEntry> entriesByTransaction = new HashMap<>();
  private final Map<String, LedgerEntry> entriesByReference = new HashMap<>();
  private final Map<SessionId, Session> sessions = new HashMap<>();
  private final Map<Key2, BetKeyHolder> bets = new LinkedHashMap<>();
  private final Map<Key2, Round> rounds = new HashMap<>();
  private final Map<Key2, Win> wins = new HashMap<>();
  private final Map<Key2, RequestRecord> requests = new HashMap<>();
  private final InMemoryEvents events = new InMemoryEvents();
  private final InMemoryBetLimits limits =
      new InMemoryBetLimits(
          ledger,
          (player, currency) -> accounts.containsKey(new Key2(player.value(), currency.value())));
  private volatile FaultInjector faults = FaultInjector.NONE;

  /** Decides, before each store operation, whether to fail it (to test rollback, F1). */
  @FunctionalInterface
  public interface FaultInjector {
    FaultInjector NONE = operation -> {};

    /** Throws to make the named operation (e.g. {@code accounts.book}) fail. */
    void before(String operation);
  }

  public void injectFaults(FaultInjector injector) {
    this.faults = injector;
  }

  @Override
  public <T> T inTransaction(Function<Stores, T> work) {
    lock.lock();
    Journal journal = new Journal();
    try {
      return work.apply(new Bound(journal));
    } catch (RuntimeException | Error e) {
      journal.rollback();
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /** How many request records are stored (for "nothing was stored" checks). */
  public int requestRecordCount() {
    return locked(requests::size);
  }

  /** How many bet and void rows are stored. */
  public int betRowCount() {
    return locked(bets::size);
  }

  /** How many ledger entries are stored. */
  public int ledgerEntryCount() {
    return locked(ledger::size);
  }

  private <T> T locked(java.util.function.Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  private static Key2 key(Integration integration, String value) {
    return new Key2(integration.value(), value);
  }

  private final class Bound
      implements Stores, AccountStore, SessionStore, BetStore, WinStore, RequestStore {
    private final Journal journal;

    Bound(Journal journal) {
      this.journal = journal;
    }

    private void step(String operation) {
      faults.before(operation);
    }

    private <K, V> void claim(Map<K, V> map, K key, V value, String what) {
      if (map.containsKey(key)) {
        throw new RetryableConflictException(what + " already exists: " + key, null);
      }
      journal.put(map, key, value);
    }

    @Override
    public AccountStore accounts() {
      return this;
    }

    @Override
    public SessionStore sessions() {
      return this;
    }

    @Override
    public BetStore bets() {
      return this;
    }

    @Override
    public WinStore wins() {
      return this;
    }

    @Override
    public RequestStore requests() {
      return this;
    }

    @Override
    public EventStore events() {
      return events.in(journal, this::step);
    }

    @Override
    public BetLimitStore limits() {
      return limits.in(journal, this::step);
    }

    // Accounts and ledger.

    @Override
    public Optional<Account> findForUpdate(PlayerId player, CurrencyCode currency) {
      step("accounts.findForUpdate");
      return find(player, currency);
    }

    @Override
    public Optional<Account> find(PlayerId player, CurrencyCode currency) {
      step("accounts.find");
      return Optional.ofNullable(accounts.get(new Key2(player.value(), currency.value())))
          .map(a -> withLock(a));
    }

    private Account withLock(Account a) {
      return new Account(a.player(), a.currency(), a.balance(), players.get(a.player()));
    }

    @Override
    public List<Account> findAll(PlayerId player) {
      step("accounts.findAll");
      return accounts.values().stream()
          .filter(a -> a.player().equals(player))
          .sorted(Comparator.comparing((Account a) -> a.currency().value()))
          .map(this::withLock)
          .toList();
    }

    @Override
    public boolean playerExists(PlayerId player) {
      step("accounts.playerExists");
      return players.containsKey(player);
    }

    @Override
    public Account createIfAbsent(PlayerId player, CurrencyCode currency, Instant at) {
      step("accounts.createIfAbsent");
      if (!players.containsKey(player)) {
        journal.put(players, player, false);
      }
      Key2 k = new Key2(player.value(), currency.value());
      if (!accounts.containsKey(k)) {
        journal.put(accounts, k, new Account(player, currency, BigDecimal.ZERO, false));
      }
      return withLock(accounts.get(k));
    }

    @Override
    public void book(LedgerEntry entry) {
      step("accounts.book");
      Key2 k = new Key2(entry.player().value(), entry.currency().value());
      Account account = accounts.get(k);
      if (account == null) {
        throw new IllegalStateException("no account for " + k);
      }
      if (entry.balanceAfter().signum() < 0) {
        throw new IllegalStateException("balance would go negative (M4): " + entry);
      }
      claim(entriesByTransaction, entry.transaction().value(), entry, "transaction id");
      if (entry.integration() == null) {
        claim(entriesByReference, entry.key(), entry, "platform reference");
      }
      journal.append(ledger, entry);
      journal.put(
          accounts,
          k,
          new Account(account.player(), account.currency(), entry.balanceAfter(), false));
    }

    @Override
    public Optional<LedgerEntry> findByReference(String reference) {
      step("accounts.findByReference");
      return Optional.ofNullable(entriesByReference.get(reference));
    }

    @Override
    public boolean setLocked(PlayerId player, boolean locked) {
      step("accounts.setLocked");
      if (!players.containsKey(player)) {
        return false;
      }
      journal.put(players, player, locked);
      return true;
    }

    @Override
    public List<LedgerEntry> recentEntries(PlayerId player, CurrencyCode currency, int limit) {
      step("accounts.recentEntries");
      List<LedgerEntry> all = allEntries(player, currency);
      List<LedgerEntry> newestFirst = new ArrayList<>();
      for (int i = all.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
        newestFirst.add(all.get(i));
      }
      return newestFirst;
    }

    @Override
    public List<Account> findAccountsAfter(Account after, int limit) {
      step("accounts.findAccountsAfter");
      Comparator<Account> order =
          Comparator.comparing((Account a) -> a.player().value())
              .thenComparing(a -> a.currency().value());
      return accounts.values().stream()
          .filter(a -> after == null || order.compare(a, after) > 0)
          .sorted(order)
          .limit(limit)
          .map(this::withLock)
          .toList();
    }

    @Override
    public List<LedgerEntry> allEntries(PlayerId player, CurrencyCode currency) {
      step("accounts.allEntries");
      return ledger.stream()
          .filter(e -> e.player().equals(player) && e.currency().equals(currency))
          .toList();
    }

    // Sessions.

    @Override
    public Optional<Session> find(SessionId id) {
      step("sessions.find");
      return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public void insert(Session session) {
      step("sessions.insert");
      claim(sessions, session.id(), session, "session");
    }

    @Override
    public void touch(SessionId id, Instant at) {
      step("sessions.touch");
      Session s = sessions.get(id);
      if (s != null) {
        journal.put(
            sessions,
            id,
            new Session(s.id(), s.player(), s.currency(), s.state(), s.openedAt(), at));
      }
    }

    @Override
    public boolean close(SessionId id) {
      step("sessions.close");
      Session s = sessions.get(id);
      if (s == null) {
        return false;
      }
      journal.put(
          sessions,
          id,
          new Session(
              s.id(), s.player(), s.currency(), SessionState.CLOSED, s.openedAt(), s.lastSeenAt()));
      return true;
    }

    // Bets, voids and rounds.

    @Override
    public Optional<BetKeyHolder> findForUpdate(Integration integration, BetKey key) {
      step("bets.findForUpdate");
      return find(integration, key);
    }

    @Override
    public Optional<BetKeyHolder> find(Integration integration, BetKey key) {
      step("bets.find");
      return Optional.ofNullable(bets.get(key(integration, key.value())));
    }

    @Override
    public void insert(Bet bet) {
      step("bets.insert");
      claim(bets, key(bet.integration(), bet.key().value()), bet, "bet key");
    }

    @Override
    public void insertVoid(VoidedKey voided) {
      step("bets.insertVoid");
      claim(bets, key(voided.integration(), voided.key().value()), voided, "bet key");
    }

    @Override
    public void update(Bet bet) {
      step("bets.update");
      Key2 k = key(bet.integration(), bet.key().value());
      if (!bets.containsKey(k)) {
        throw new IllegalStateException("no bet row " + k);
      }
      journal.put(bets, k, bet);
    }

    @Override
    public List<BetKeyHolder> findByRoundForUpdate(Integration integration, RoundId round) {
      step("bets.findByRoundForUpdate");
      return bets.values().stream()
          .filter(b -> b.integration().equals(integration) && round.equals(b.round()))
          .toList();
    }

    @Override
    public Optional<Round> findRoundForUpdate(Integration integration, RoundId round) {
      step("bets.findRoundForUpdate");
      return Optional.ofNullable(rounds.get(key(integration, round.value())));
    }

    @Override
    public void insertRound(Round round) {
      step("bets.insertRound");
      claim(rounds, key(round.integration(), round.id().value()), round, "round");
    }

    @Override
    public void updateRound(Round round) {
      step("bets.updateRound");
      journal.put(rounds, key(round.integration(), round.id().value()), round);
    }

    @Override
    public List<Bet> findOpenCreatedBefore(Instant cutoff, int limit) {
      step("bets.findOpenCreatedBefore");
      return openBefore(cutoff).limit(limit).toList();
    }

    @Override
    public long countOpenCreatedBefore(Instant cutoff) {
      step("bets.countOpenCreatedBefore");
      return openBefore(cutoff).count();
    }

    private Stream<Bet> openBefore(Instant cutoff) {
      return bets.values().stream()
          .filter(b -> b.state() == BetState.OPEN && b.createdAt().isBefore(cutoff))
          .map(Bet.class::cast)
          .sorted(Comparator.comparing(Bet::createdAt));
    }

    @Override
    public List<VoidedKey> findVoided(int limit) {
      step("bets.findVoided");
      return bets.values().stream()
          .filter(b -> b instanceof VoidedKey)
          .map(VoidedKey.class::cast)
          .sorted(Comparator.comparing(VoidedKey::createdAt).reversed())
          .limit(limit)
          .toList();
    }

    @Override
    public long countVoided() {
      step("bets.countVoided");
      return bets.values().stream().filter(b -> b.state() == BetState.VOIDED).count();
    }

    // Wins.

    @Override
    public Optional<Win> find(Integration integration, WinKey key) {
      step("wins.find");
      return Optional.ofNullable(wins.get(key(integration, key.value())));
    }

    @Override
    public void insert(Win win) {
      step("wins.insert");
      claim(wins, key(win.integration(), win.key().value()), win, "win key");
    }

    // Request records.

    @Override
    public Optional<RequestRecord> find(Integration integration, RequestId requestId) {
      step("requests.find");
      return Optional.ofNullable(requests.get(key(integration, requestId.value())));
    }

    @Override
    public boolean claim(RequestRecord pending) {
      step("requests.claim");
      Key2 key = key(pending.integration(), pending.requestId().value());
      if (requests.containsKey(key)) {
        return false;
      }
      journal.put(requests, key, pending);
      return true;
    }

    @Override
    public void complete(Integration integration, RequestId requestId, RecordedOutcome outcome) {
      step("requests.complete");
      Key2 k = key(integration, requestId.value());
      RequestRecord r = requests.get(k);
      if (r == null) {
        throw new IllegalStateException("request not claimed: " + k);
      }
      journal.put(
          requests,
          k,
          new RequestRecord(
              r.integration(),
              r.requestId(),
              r.operation(),
              r.fingerprint(),
              outcome,
              r.createdAt(),
              r.subject()));
    }

    @Override
    public List<RequestRecord> findRefused(Collection<Operation> operations, int limit) {
      step("requests.findRefused");
      return refused(operations)
          .sorted(Comparator.comparing(RequestRecord::createdAt).reversed())
          .limit(limit)
          .toList();
    }

    @Override
    public long countRefused(Collection<Operation> operations) {
      step("requests.countRefused");
      return refused(operations).count();
    }

    private Stream<RequestRecord> refused(Collection<Operation> operations) {
      return requests.values().stream()
          .filter(r -> operations.contains(r.operation()))
          .filter(
              r -> r.outcome() != null && !RecordedOutcome.SUCCESS.equals(r.outcome().result()));
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
      step("requests.purgeCreatedBefore");
      List<Key2> old =
          requests.entrySet().stream()
              .filter(e -> e.getValue().createdAt().isBefore(cutoff))
              .map(Map.Entry::getKey)
              .toList();
      old.forEach(k -> journal.remove(requests, k));
      return old.size();
    }
  }
}
