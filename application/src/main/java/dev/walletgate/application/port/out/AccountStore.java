package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing persistence port for players, their accounts and the ledger.
 *
 * <p>A platform that keeps balances in its own wallet may replace this port. Its implementation
 * must honour this contract: every call joins the caller's transaction (so the ledger entry, the
 * balance and the request record commit or roll back together); {@link #book} is idempotent by the
 * entry's operator transaction id and refuses (with {@link RetryableConflictException}) a second
 * platform entry under the same reference; {@link #findForUpdate} holds the account against
 * concurrent bookings until the transaction ends.
 */
public interface AccountStore {
  /** The account, locked against concurrent bookings until the transaction ends. */
  Optional<Account> findForUpdate(PlayerId player, CurrencyCode currency);

  /** The account, without a lock. */
  Optional<Account> find(PlayerId player, CurrencyCode currency);

  /** Every account of the player, in currency order. */
  List<Account> findAll(PlayerId player);

  boolean playerExists(PlayerId player);

  /**
   * Creates the player (unlocked) and the account at zero if missing; returns the account.
   *
   * @param at the creation time to record, from the configured clock
   */
  Account createIfAbsent(PlayerId player, CurrencyCode currency, Instant at);

  /**
   * Appends the entry and sets the account's balance to the entry's balance-after. An entry with no
   * integration is the platform's, and its key is the platform reference, unique (L2).
   */
  void book(LedgerEntry entry);

  /** The platform entry booked under this reference (L2). */
  Optional<LedgerEntry> findByReference(String reference);

  /** Locks or unlocks the player; false if the player is unknown. */
  boolean setLocked(PlayerId player, boolean locked);

  /** The account's entries, newest first, at most {@code limit}. */
  List<LedgerEntry> recentEntries(PlayerId player, CurrencyCode currency, int limit);

  /**
   * Accounts in (player, currency) order, starting after the given one (or at the first when null),
   * at most {@code limit}: a page of every account, for ledger checks.
   */
  List<Account> findAccountsAfter(Account after, int limit);

  /** The account's entries in booking order (for L1 checks). */
  List<LedgerEntry> allEntries(PlayerId player, CurrencyCode currency);
}
