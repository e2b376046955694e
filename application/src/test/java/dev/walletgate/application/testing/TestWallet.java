package dev.walletgate.application.testing;

import dev.walletgate.application.memory.InMemoryStores;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.EventPage;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.ReadEventsUseCase;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A wallet for tests: the services over a {@link Transactions} port (in-memory by default) with a
 * hand-moved clock, plus short helpers to set up players and read back what was stored.
 */
public final class TestWallet {
  private final Transactions transactions;
  private final TestClock clock;
  private final WalletServices services;
  private final AtomicLong ids = new AtomicLong();

  private TestWallet(Transactions transactions, TestClock clock, WalletSettings settings) {
    this.transactions = transactions;
    this.clock = clock;
    this.services = new WalletServices(transactions, settings.withClock(clock));
  }

  /** A wallet over fresh in-memory stores, default settings plus {@code USDT} with scale 6. */
  public static TestWallet inMemory() {
    return over(new InMemoryStores());
  }

  /** A wallet over the given (fresh, migrated) storage, default settings plus {@code USDT}. */
  public static TestWallet over(Transactions transactions) {
    return over(transactions, defaultSettings());
  }

  public static TestWallet over(Transactions transactions, WalletSettings settings) {
    return new TestWallet(transactions, new TestClock(), settings);
  }

  public static WalletSettings defaultSettings() {
    MoneyPolicy money = MoneyPolicy.defaults();
    return WalletSettings.defaults()
        .withMoney(
            new MoneyPolicy(
                money.currencies().with(new CurrencyCode("USDT"), 6), money.maxAmount()));
  }

  public WalletServices services() {
    return services;
  }

  public TestClock clock() {
    return clock;
  }

  public Transactions transactions() {
    return transactions;
  }

  /** The in-memory stores, when this wallet runs on them. */
  public InMemoryStores memory() {
    return (InMemoryStores) transactions;
  }

  // Set-up.

  /** Creates the player's account and deposits the amount (if not zero). */
  public TestWallet account(String player, String currency, String balance) {
    Checked<Account> created =
        services
            .accounts()
            .createAccount(
                new CreateAccountCommand(new PlayerId(player), new CurrencyCode(currency)));
    if (!(created instanceof Checked.Valid<Account>)) {
      throw new IllegalStateException("account not created: " + created);
    }
    BigDecimal amount = new BigDecimal(balance);
    if (amount.signum() > 0) {
      Outcome deposit =
          services
              .accounts()
              .deposit(
                  new TransferCommand(
                      new PlayerId(player), new CurrencyCode(currency), amount, "dep-" + nextId()));
      if (!deposit.isSuccess()) {
        throw new IllegalStateException("deposit refused: " + deposit);
      }
    }
    return this;
  }

  /** Opens a session for the player and returns its id. */
  public SessionId openSession(String player, String currency) {
    Checked<Session> opened =
        services
            .platformSessions()
            .openSession(
                new OpenSessionCommand(
                    new PlayerId(player), new CurrencyCode(currency), Optional.empty()));
    if (opened instanceof Checked.Valid<Session> valid) {
      return valid.value().id();
    }
    throw new IllegalStateException("session not opened: " + opened);
  }

  /** A fresh unique id for request ids, keys and references. */
  public String nextId() {
    return "t" + ids.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  // Commands with sensible defaults.

  public PlaceBetCommand bet(
      Integration integration,
      String player,
      SessionId session,
      String round,
      String key,
      String amount,
      String currency) {
    return new PlaceBetCommand(
        integration,
        new RequestId(nextId()),
        new PlayerId(player),
        session,
        new RoundId(round),
        new BetKey(key),
        new BigDecimal(amount),
        new CurrencyCode(currency));
  }

  public SettleWinCommand win(
      Integration integration,
      String player,
      String round,
      String key,
      String amount,
      String currency) {
    return new SettleWinCommand(
        integration,
        new RequestId(nextId()),
        new PlayerId(player),
        Optional.empty(),
        new RoundId(round),
        new WinKey(key),
        new BigDecimal(amount),
        new CurrencyCode(currency),
        false,
        false,
        Optional.empty());
  }

  public CancelBetCommand cancel(
      Integration integration, String player, String key, Optional<String> currency) {
    return new CancelBetCommand(
        integration,
        new RequestId(nextId()),
        new PlayerId(player),
        Optional.empty(),
        Optional.empty(),
        new BetKey(key),
        currency.map(CurrencyCode::new));
  }

  public EndRoundCommand endRound(
      Integration integration, String player, String round, String currency) {
    return new EndRoundCommand(
        integration,
        new RequestId(nextId()),
        new PlayerId(player),
        Optional.empty(),
        new RoundId(round),
        new CurrencyCode(currency));
  }

  public CallbackResult place(PlaceBetCommand command) {
    return services.bets().placeBet(command);
  }

  // Reads.

  public BigDecimal balance(String player, String currency) {
    return account(player, currency).map(Account::balance).orElseThrow();
  }

  public Optional<Account> account(String player, String currency) {
    return transactions.inTransaction(
        s -> s.accounts().find(new PlayerId(player), new CurrencyCode(currency)));
  }

  public List<LedgerEntry> ledger(String player, String currency) {
    return transactions.inTransaction(
        s -> s.accounts().allEntries(new PlayerId(player), new CurrencyCode(currency)));
  }

  public Optional<BetKeyHolder> bet(Integration integration, String key) {
    return transactions.inTransaction(s -> s.bets().find(integration, new BetKey(key)));
  }

  /** The booked bet under the key; empty for a void or an unknown key. */
  public Optional<Bet> bookedBet(Integration integration, String key) {
    return bet(integration, key).filter(Bet.class::isInstance).map(Bet.class::cast);
  }

  public Optional<Win> storedWin(Integration integration, String key) {
    return transactions.inTransaction(s -> s.wins().find(integration, new WinKey(key)));
  }

  /** The feed's events of the player still kept, in position order. */
  public List<WalletEvent> events(String player) {
    EventPage first = services.events().readEvents(0, 1);
    long after = first.behind() ? first.oldestRetainedPosition() - 1 : 0;
    List<WalletEvent> events = new ArrayList<>();
    while (true) {
      EventPage page = services.events().readEvents(after, ReadEventsUseCase.MAX_LIMIT);
      if (page.behind()) {
        throw new IllegalStateException("the feed was purged while it was read");
      }
      page.events().stream().filter(e -> e.player().value().equals(player)).forEach(events::add);
      if (page.events().isEmpty()) {
        return events;
      }
      after = page.next(after);
    }
  }

  public Optional<RequestRecord> request(Integration integration, String requestId) {
    return transactions.inTransaction(
        s -> s.requests().find(integration, new RequestId(requestId)));
  }

  public Optional<RequestRecord> request(Integration integration, RequestId requestId) {
    return transactions.inTransaction(s -> s.requests().find(integration, requestId));
  }
}
