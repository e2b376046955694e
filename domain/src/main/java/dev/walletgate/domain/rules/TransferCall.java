package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.PlayerId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A platform deposit or withdrawal as the rules book it (L2); its amount was already checked
 * against the money policy.
 *
 * @param kind {@link EntryKind#DEPOSIT} or {@link EntryKind#WITHDRAWAL}
 * @param amount the positive amount moved
 * @param reference the platform's reference, unique per transfer
 */
public record TransferCall(PlayerId player, EntryKind kind, BigDecimal amount, String reference) {
  public TransferCall {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    if (kind != EntryKind.DEPOSIT && kind != EntryKind.WITHDRAWAL) {
      throw new IllegalArgumentException("a transfer is a deposit or a withdrawal");
    }
  }
}
