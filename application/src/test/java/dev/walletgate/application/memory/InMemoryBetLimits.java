package dev.walletgate.application.memory;

import dev.walletgate.application.port.out.BetLimitStore;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The bet limits of {@link InMemoryStores}, guarded by its transaction lock; the net loss is summed
 * over its ledger, as the databases sum theirs.
 */
final class InMemoryBetLimits {
  private static final Set<EntryKind> PLAY = Set.of(EntryKind.BET, EntryKind.WIN, EntryKind.REFUND);

  private record Key(PlayerId player, CurrencyCode currency) {}

  private final Map<Key, BetLimits> limits = new HashMap<>();
  private final List<LedgerEntry> ledger;
  private final BiPredicate<PlayerId, CurrencyCode> accountExists;

  InMemoryBetLimits(List<LedgerEntry> ledger, BiPredicate<PlayerId, CurrencyCode> accountExists) {
    this.ledger = ledger;
    this.accountExists = accountExists;
  }

  /** The limits as seen by one transaction, its changes undone by the journal on rollback. */
  BetLimitStore in(Journal journal, Consumer<String> step) {
    return new BetLimitStore() {
      @Override
      public Optional<BetLimits> find(PlayerId player, CurrencyCode currency) {
        step.accept("limits.find");
        return Optional.ofNullable(limits.get(new Key(player, currency)));
      }

      @Override
      public Optional<BetLimits> findForUpdate(PlayerId player, CurrencyCode currency) {
        step.accept("limits.findForUpdate");
        return Optional.ofNullable(limits.get(new Key(player, currency)));
      }

      @Override
      public void save(BetLimits saved, Instant at) {
        step.accept("limits.save");
        if (!accountExists.test(saved.player(), saved.currency())) {
          throw new IllegalStateException("no account for the limits of " + saved.player());
        }
        journal.put(limits, new Key(saved.player(), saved.currency()), saved);
      }

      @Override
      public BigDecimal netLoss(PlayerId player, CurrencyCode currency, Instant from, Instant to) {
        step.accept("limits.netLoss");
        return ledger.stream()
            .filter(e -> e.player().equals(player) && e.currency().equals(currency))
            .filter(e -> PLAY.contains(e.kind()))
            .filter(e -> !e.createdAt().isBefore(from) && e.createdAt().isBefore(to))
            .map(LedgerEntry::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .negate();
      }
    };
  }
}
