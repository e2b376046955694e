package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.List;

/** Incoming port: the platform reads an account's latest ledger entries, newest first. */
public interface GetLedgerUseCase {
  /** Largest page the ledger query answers. */
  int MAX_LIMIT = 1000;

  List<LedgerEntry> recentEntries(PlayerId player, CurrencyCode currency, int limit);
}
