package dev.walletgate.domain.model;

import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A booked bet: its stake was debited once (B1); it is open, then settled (R1) or cancelled (C1).
 *
 * @param session the session the call carried, recorded, not enforced afterwards (S2)
 * @param debitTransaction the bet's ledger entry
 * @param cancelTransaction the refund's transaction (C1); null while open or settled
 */
public record Bet(
    Integration integration,
    BetKey key,
    PlayerId player,
    CurrencyCode currency,
    BigDecimal stake,
    RoundId round,
    SessionId session,
    BetState state,
    OperatorTransactionId debitTransaction,
    OperatorTransactionId cancelTransaction,
    Instant createdAt)
    implements BetKeyHolder {
  public Bet {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(stake, "stake");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(debitTransaction, "debitTransaction");
    Objects.requireNonNull(createdAt, "createdAt");
    if (state == BetState.VOIDED) {
      throw new IllegalArgumentException("a void is a VoidedKey, not a bet");
    }
    if ((state == BetState.CANCELLED) != (cancelTransaction != null)) {
      throw new IllegalArgumentException("a cancelled bet, and only one, has a cancel transaction");
    }
  }

  /** This bet refunded by the given transaction (C1). */
  public Bet cancelled(OperatorTransactionId refund) {
    return with(BetState.CANCELLED, Objects.requireNonNull(refund, "refund"));
  }

  /** This bet settled by the end of its round (R1). */
  public Bet settled() {
    return with(BetState.SETTLED, null);
  }

  private Bet with(BetState next, OperatorTransactionId cancel) {
    return new Bet(
        integration,
        key,
        player,
        currency,
        stake,
        round,
        session,
        next,
        debitTransaction,
        cancel,
        createdAt);
  }
}
