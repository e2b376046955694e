package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import java.math.BigDecimal;

/**
 * An account whose balance is not the sum of its ledger entries (L1), or whose entries chain
 * breaks.
 */
public record LedgerMismatch(
    PlayerId player, String currency, BigDecimal balance, BigDecimal sumOfEntries) {}
