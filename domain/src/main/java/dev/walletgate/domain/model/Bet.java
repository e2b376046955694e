package dev.walletgate.domain.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A bet key's row: a booked bet, or a void that claimed the key first (C3). A void has no stake and
 * no debit transaction; its {@code cancelTransaction} is the void record's id.
 *
 * @param currency the bet's currency; may be null only for a void whose cancel named none
 * @param stake the debited stake; null for a void
 * @param round the round the bet belongs to; null when unknown
 * @param session the session the call carried, recorded, not enforced (S2); may be null
 * @param debitTransaction the bet's ledger entry; null for a void
 * @param cancelTransaction the refund (C1) or void (C3) id; null while open or settled
 */
public record Bet(
    Integration integration,
    BetKey key,
    PlayerId player,
    String currency,
    BigDecimal stake,
    RoundId round,
    SessionId session,
    BetState state,
    OperatorTransactionId debitTransaction,
    OperatorTransactionId cancelTransaction,
    Instant createdAt) {
  public Bet {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    if ((state == BetState.VOIDED) != (stake == null)) {
      throw new IllegalArgumentException("a void has no stake and a booked bet has one");
    }
  }

  public Bet withState(BetState next, OperatorTransactionId cancel) {
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
