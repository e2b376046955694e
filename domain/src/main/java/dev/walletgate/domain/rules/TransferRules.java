package dev.walletgate.domain.rules;

import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * L2, M4: the platform's deposits and withdrawals, idempotent by the platform's reference. A
 * deposit that would take the balance past what the storage holds is refused (M3).
 */
public final class TransferRules {
  private TransferRules() {}

  /**
   * @param existing the entry already booked under the platform's reference
   * @param account the player's account in the transfer's currency, locked
   */
  public static Decision book(
      TransferCall call, Optional<LedgerEntry> existing, Optional<Account> account, Stamp stamp) {
    if (existing.isPresent()) {
      LedgerEntry e = existing.get();
      boolean same =
          e.player().equals(call.player())
              && e.kind() == call.kind()
              && e.amount().abs().compareTo(call.amount()) == 0
              && account.map(a -> a.currency().equals(e.currency())).orElse(false);
      return same
          ? new Decision.Repeated(e.transaction(), account)
          : new Decision.Refused(Refusal.CONFLICTING_DUPLICATE, account);
    }
    if (account.isEmpty()) {
      return new Decision.Refused(Refusal.PLAYER_NOT_FOUND, account);
    }
    BigDecimal signed = call.amount().multiply(BigDecimal.valueOf(call.kind().sign()));
    BigDecimal after = account.get().balance().add(signed);
    if (after.signum() < 0) {
      return new Decision.Refused(Refusal.INSUFFICIENT_FUNDS, account);
    }
    if (!StoredAmount.fits(after)) {
      return new Decision.Refused(Refusal.INVALID_AMOUNT, account);
    }
    Account booked = account.get().withBalance(after);
    OperatorTransactionId transaction = stamp.nextTransaction();
    LedgerEntry entry =
        LedgerEntry.booked(
            transaction, booked, call.kind(), signed, null, call.reference(), stamp.at());
    return new Decision.Booked(
        Optional.of(transaction), List.of(new Effect.Transferred(entry)), Optional.of(booked));
  }
}
