package dev.walletgate.application.port.in;

import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;

/**
 * Incoming port: the platform sets and reads a player's bet limits in one currency (G4-G7), which
 * the built-in guard ({@code PlayerLimitGuard}) holds bets to. Both answer the limits as they stand
 * at that moment, each with the raise or removal that waits for its cooling-off, if any; an account
 * that never had limits has none. Refused with {@code PLAYER_NOT_FOUND} or {@code
 * CURRENCY_MISMATCH} when the player has no account in that currency.
 */
public interface BetLimitsUseCase {
  /**
   * Lowering a limit, or setting one where there was none, takes effect at once (G6); raising or
   * removing one waits for the cooling-off, the limit in force holding until then (G7). Refused
   * with {@code UNSUPPORTED_CURRENCY}, or {@code INVALID_AMOUNT} for a negative limit, one with
   * more fraction digits than the currency has, or one over the amount ceiling (M2, M3).
   */
  Checked<BetLimits> setLimits(SetBetLimitsCommand command);

  Checked<BetLimits> getLimits(PlayerId player, CurrencyCode currency);
}
