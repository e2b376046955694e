package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.VoidedKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What needs an operator's eye: bets still open after a while (the provider never ended their
 * round), keys voided by a cancel that came before any bet, and refused cancels. Each list is
 * capped; the counts are not.
 */
public record Reconciliation(
    Instant asOf,
    Duration openOlderThan,
    List<Bet> openBets,
    long openBetCount,
    List<VoidedKey> voidedKeys,
    long voidedKeyCount,
    List<RefusedCancel> refusedCancels,
    long refusedCancelCount) {
  public Reconciliation {
    openBets = List.copyOf(openBets);
    voidedKeys = List.copyOf(voidedKeys);
    refusedCancels = List.copyOf(refusedCancels);
  }
}
