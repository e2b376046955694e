package dev.walletgate.application.service;

import dev.walletgate.application.port.in.GetAccountUseCase;
import dev.walletgate.application.port.in.GetBetUseCase;
import dev.walletgate.application.port.in.GetLedgerUseCase;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.List;
import java.util.Optional;

/** The platform's read-only views: an account, its ledger, a bet key. Nothing is recorded. */
public final class QueryService implements GetAccountUseCase, GetLedgerUseCase, GetBetUseCase {
  private final ServiceContext context;

  QueryService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Optional<Account> getAccount(PlayerId player, CurrencyCode currency) {
    return context.runner().run(stores -> stores.accounts().find(player, currency));
  }

  @Override
  public List<LedgerEntry> recentEntries(PlayerId player, CurrencyCode currency, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    return context.runner().run(stores -> stores.accounts().recentEntries(player, currency, limit));
  }

  @Override
  public Optional<BetKeyHolder> getBet(Integration integration, BetKey key) {
    return context.runner().run(stores -> stores.bets().find(integration, key));
  }
}
