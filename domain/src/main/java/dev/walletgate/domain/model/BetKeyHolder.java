package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;

/**
 * What holds a bet key: a booked {@link Bet}, or the {@link VoidedKey} a cancel left when it came
 * first (C3). Whichever is stored first claims the key.
 */
public sealed interface BetKeyHolder permits Bet, VoidedKey {
  Integration integration();

  BetKey key();

  PlayerId player();

  /** The currency; null only for a void whose cancel named none. */
  CurrencyCode currency();

  /** The round; null only for a void whose cancel named none. */
  RoundId round();

  /** The session the call carried, recorded, not enforced (S2); may be null for a void. */
  SessionId session();

  BetState state();

  /** The refund (C1) or void (C3) transaction; null while a bet is open or settled. */
  OperatorTransactionId cancelTransaction();

  Instant createdAt();

  /** True when the key can never be debited again (B6, W4). */
  default boolean isVoidedOrCancelled() {
    return state().isVoidedOrCancelled();
  }
}
