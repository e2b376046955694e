package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;

/**
 * An account whose balance is not the sum of its ledger entries (L1), or whose entries chain
 * breaks.
 */
public record LedgerMismatch(
    PlayerId player, CurrencyCode currency, BigDecimal balance, BigDecimal sumOfEntries) {}
