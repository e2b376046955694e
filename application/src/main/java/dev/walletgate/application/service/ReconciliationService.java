package dev.walletgate.application.service;

import dev.walletgate.application.port.in.LedgerMismatch;
import dev.walletgate.application.port.in.LedgerVerification;
import dev.walletgate.application.port.in.ReconcileUseCase;
import dev.walletgate.application.port.in.Reconciliation;
import dev.walletgate.application.port.in.RefusedCancel;
import dev.walletgate.application.port.in.VerifyLedgerUseCase;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.rules.LedgerRules;
import dev.walletgate.domain.rules.Operation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** The platform's checks: reconciliation lists and the ledger verification (L1), read only. */
public final class ReconciliationService implements ReconcileUseCase, VerifyLedgerUseCase {
  private static final List<Operation> CANCELS = List.of(Operation.CANCEL, Operation.REFUND);
  private static final int PAGE = 500;

  private final ServiceContext context;

  ReconciliationService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Reconciliation reconcile(Duration openOlderThan, int limit) {
    if (openOlderThan.isNegative()
        || openOlderThan.compareTo(MAX_AGE) > 0
        || limit < 1
        || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "the age must be between 0 and "
              + MAX_AGE.toDays()
              + " days and the limit between 1 and "
              + MAX_LIMIT);
    }
    Instant now = context.now();
    Instant cutoff = now.minus(openOlderThan);
    return context
        .runner()
        .run(
            stores ->
                new Reconciliation(
                    now,
                    openOlderThan,
                    stores.bets().findOpenCreatedBefore(cutoff, limit),
                    stores.bets().countOpenCreatedBefore(cutoff),
                    stores.bets().findVoided(limit),
                    stores.bets().countVoided(),
                    stores.requests().findRefused(CANCELS, limit).stream()
                        .map(ReconciliationService::refusedCancel)
                        .toList(),
                    stores.requests().countRefused(CANCELS)));
  }

  private static RefusedCancel refusedCancel(RequestRecord r) {
    return new RefusedCancel(
        r.integration(),
        r.requestId(),
        r.operation(),
        r.subject(),
        r.outcome().refusal().orElseThrow(),
        r.createdAt());
  }

  @Override
  public LedgerVerification verifyLedger(LongConsumer progress) {
    List<LedgerMismatch> mismatches = new ArrayList<>();
    long checked = 0;
    Account after = null;
    while (true) {
      Account cursor = after;
      List<Account> page = context.runner().run(s -> s.accounts().findAccountsAfter(cursor, PAGE));
      for (Account account : page) {
        check(account).ifPresent(mismatches::add);
      }
      checked += page.size();
      progress.accept(checked);
      if (page.size() < PAGE) {
        return new LedgerVerification(checked, mismatches);
      }
      after = page.get(page.size() - 1);
    }
  }

  // The account is locked while its entries are read, so no booking can slip in between.
  private Optional<LedgerMismatch> check(Account account) {
    return context.runner().run(stores -> compare(stores, account));
  }

  private static Optional<LedgerMismatch> compare(Stores stores, Account listed) {
    Optional<Account> locked = stores.accounts().findForUpdate(listed.player(), listed.currency());
    BigDecimal balance = locked.map(Account::balance).orElse(BigDecimal.ZERO);
    List<LedgerEntry> entries = stores.accounts().allEntries(listed.player(), listed.currency());
    if (LedgerRules.holds(BigDecimal.ZERO, entries, balance)) {
      return Optional.empty();
    }
    return Optional.of(
        new LedgerMismatch(
            listed.player(),
            listed.currency(),
            balance,
            LedgerRules.replay(BigDecimal.ZERO, entries)));
  }
}
