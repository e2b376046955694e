package dev.walletgate.application.port.out;

import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing persistence port for the players' bet limits (G4-G7) and the day's net loss they are
 * held against (G5), bound to one transaction.
 */
public interface BetLimitStore {
  /** The player's limits in the currency as last stored; empty when none were ever set. */
  Optional<BetLimits> find(PlayerId player, CurrencyCode currency);

  /** As {@link #find}, the row locked against other changes until the transaction ends. */
  Optional<BetLimits> findForUpdate(PlayerId player, CurrencyCode currency);

  /**
   * Stores the limits, replacing those stored; the account must exist. Two first saves of one
   * player and currency at once: one raises {@link RetryableConflictException}.
   *
   * @param at the time of the change, from the configured clock
   */
  void save(BetLimits limits, Instant at);

  /**
   * The account's net loss over {@code [from, to)}: the stakes minus the wins and refunds of the
   * ledger entries booked in it; negative when the player is ahead. Deposits and withdrawals do not
   * count. Read at READ COMMITTED: under the account's row lock it holds every booking.
   */
  BigDecimal netLoss(PlayerId player, CurrencyCode currency, Instant from, Instant to);
}
