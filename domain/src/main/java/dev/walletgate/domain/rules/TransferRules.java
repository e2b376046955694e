package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.StoredAmount;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * L2, M4: the platform's deposits and withdrawals, idempotent by the platform's reference. A
 * deposit that would take the balance past what the storage holds is refused (M3).
 */
public final class TransferRules {
  private TransferRules() {}

  /**
   * @param kind {@link EntryKind#DEPOSIT} or {@link EntryKind#WITHDRAWAL}
   * @param amount the positive amount moved
   * @param existing the entry already booked under the platform's reference
   */
  public static TransferDecision decide(
      PlayerId player,
      EntryKind kind,
      BigDecimal amount,
      Optional<LedgerEntry> existing,
      Optional<Account> account) {
    if (kind != EntryKind.DEPOSIT && kind != EntryKind.WITHDRAWAL) {
      throw new IllegalArgumentException("a transfer is a deposit or a withdrawal");
    }
    if (existing.isPresent()) {
      LedgerEntry e = existing.get();
      boolean same =
          e.player().equals(player)
              && e.kind() == kind
              && e.amount().abs().compareTo(amount) == 0
              && account.map(a -> a.currency().equals(e.currency())).orElse(false);
      return same
          ? new TransferDecision.Duplicate(e)
          : new TransferDecision.Refuse(Refusal.CONFLICTING_DUPLICATE);
    }
    if (account.isEmpty()) {
      return new TransferDecision.Refuse(Refusal.PLAYER_NOT_FOUND);
    }
    BigDecimal after =
        account.get().balance().add(amount.multiply(BigDecimal.valueOf(kind.sign())));
    if (after.signum() < 0) {
      return new TransferDecision.Refuse(Refusal.INSUFFICIENT_FUNDS);
    }
    if (!StoredAmount.fits(after)) {
      return new TransferDecision.Refuse(Refusal.INVALID_AMOUNT);
    }
    return new TransferDecision.Book(after);
  }
}
