package dev.walletgate.application.service;

import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.application.port.out.WalletEvent;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;

/**
 * Appends the feed's events (E1) in the transaction of the change they report: one per ledger
 * entry, carrying its amount and balance after, and one per change that moves no money.
 */
final class EventLog {
  private EventLog() {}

  /** The event of a booked ledger entry. */
  static void booked(Stores stores, LedgerEntry entry) {
    stores
        .events()
        .append(
            WalletEvent.of(
                kindOf(entry.kind()),
                entry.player(),
                entry.currency(),
                entry.amount(),
                entry.balanceAfter(),
                entry.integration(),
                entry.key(),
                entry.transaction(),
                entry.createdAt()));
  }

  /**
   * The event of a change that moves no money (a void, a settled round, a lock).
   *
   * @param currency null when the change is about the player as a whole
   */
  static void changed(
      Stores stores,
      EventKind kind,
      PlayerId player,
      CurrencyCode currency,
      Integration integration,
      String key,
      OperatorTransactionId transaction,
      Instant at) {
    stores
        .events()
        .append(
            WalletEvent.of(kind, player, currency, null, null, integration, key, transaction, at));
  }

  private static EventKind kindOf(EntryKind kind) {
    return switch (kind) {
      case BET -> EventKind.BET_DEBITED;
      case WIN -> EventKind.WIN_CREDITED;
      case REFUND -> EventKind.BET_REFUNDED;
      case DEPOSIT -> EventKind.DEPOSITED;
      case WITHDRAWAL -> EventKind.WITHDRAWN;
    };
  }
}
