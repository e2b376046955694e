package dev.walletgate.application.service;

import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.Transactions;
import java.util.Objects;

/** Builds every service over one {@link Transactions} port and one set of settings. */
public final class WalletServices {
  private final BetService bets;
  private final WinService wins;
  private final RoundService rounds;
  private final CancelService cancels;
  private final ProviderSessionService providerSessions;
  private final PlatformSessionService platformSessions;
  private final AccountService accounts;
  private final HousekeepingService housekeeping;
  private final EventFeedService events;
  private final QueryService queries;
  private final ReconciliationService reconciliation;
  private final BetLimitsService betLimits;
  private final WalletSettings settings;

  public WalletServices(Transactions transactions, WalletSettings settings) {
    this(transactions, settings, CallObserver.NONE);
  }

  /** With an observer told about every retried transaction (for metrics). */
  public WalletServices(Transactions transactions, WalletSettings settings, CallObserver observer) {
    Objects.requireNonNull(transactions, "transactions");
    this.settings = Objects.requireNonNull(settings, "settings");
    ServiceContext context =
        new ServiceContext(transactions, settings, Objects.requireNonNull(observer, "observer"));
    this.bets = new BetService(context);
    this.wins = new WinService(context);
    this.rounds = new RoundService(context);
    this.cancels = new CancelService(context);
    this.providerSessions = new ProviderSessionService(context);
    this.platformSessions = new PlatformSessionService(context);
    this.accounts = new AccountService(context);
    this.housekeeping = new HousekeepingService(context);
    this.events = new EventFeedService(context);
    this.queries = new QueryService(context);
    this.reconciliation = new ReconciliationService(context);
    this.betLimits = new BetLimitsService(context);
  }

  /** The use cases a provider protocol adapter calls. */
  public ProviderUseCases providerUseCases() {
    return new ProviderUseCases(
        providerSessions, providerSessions, bets, wins, rounds, providerSessions, cancels, cancels);
  }

  public WalletSettings settings() {
    return settings;
  }

  /** Place bet. */
  public BetService bets() {
    return bets;
  }

  /** Settle win. */
  public WinService wins() {
    return wins;
  }

  /** End round. */
  public RoundService rounds() {
    return rounds;
  }

  /** Cancel bet and refund bet. */
  public CancelService cancels() {
    return cancels;
  }

  /** Check session, get balance, session expired. */
  public ProviderSessionService providerSessions() {
    return providerSessions;
  }

  /** Open and close session. */
  public PlatformSessionService platformSessions() {
    return platformSessions;
  }

  /** Create account, deposit, withdraw, lock and unlock. */
  public AccountService accounts() {
    return accounts;
  }

  /** Read an account, its ledger, a bet key. */
  public QueryService queries() {
    return queries;
  }

  /** Reconciliation lists and the ledger check. */
  public ReconciliationService reconciliation() {
    return reconciliation;
  }

  /** Set and read a player's bet limits, which the built-in bet guard holds bets to. */
  public BetLimitsService betLimits() {
    return betLimits;
  }

  /** Purge request records past retention. */
  /** The event feed: reads after a position, and named consumers' cursors (E2-E4). */
  public EventFeedService events() {
    return events;
  }

  public HousekeepingService housekeeping() {
    return housekeeping;
  }
}
