package dev.walletgate.application.service;

import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.VoidedKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores what a decision booked, effect by effect, through the call transaction's ports, with the
 * feed's event of each (E1).
 */
final class EffectWriter {
  private EffectWriter() {}

  static void write(Stores stores, Decision decision, Instant at) {
    if (decision instanceof Decision.Booked booked) {
      Optional<Account> account = booked.account();
      booked.effects().forEach(effect -> write(stores, effect, account, at));
    }
  }

  private static void write(Stores stores, Effect effect, Optional<Account> account, Instant at) {
    if (effect instanceof Effect.StakeDebited debited) {
      stores.bets().insert(debited.bet());
      book(stores, debited.entry());
    } else if (effect instanceof Effect.BetRefunded refunded) {
      stores.bets().update(refunded.cancelled());
      book(stores, refunded.entry());
    } else if (effect instanceof Effect.KeyVoided voided) {
      writeVoided(stores, voided.voided());
    } else if (effect instanceof Effect.WinCredited credited) {
      stores.wins().insert(credited.win());
      credited.entry().ifPresent(entry -> book(stores, entry));
    } else if (effect instanceof Effect.Transferred transferred) {
      book(stores, transferred.entry());
    } else if (effect instanceof Effect.RoundOpened opened) {
      stores.bets().insertRound(opened.round());
    } else if (effect instanceof Effect.RoundSettled settled) {
      writeSettled(stores, settled, account.orElseThrow(), at);
    } else if (effect instanceof Effect.SessionTouched touched) {
      stores.sessions().touch(touched.session(), touched.at());
    } else if (effect instanceof Effect.SessionClosed closed) {
      stores.sessions().close(closed.session());
    } else {
      throw new IllegalStateException("an effect without a writer: " + effect);
    }
  }

  /** Books a ledger entry with its event (E1): every entry, a provider's or the platform's. */
  private static void book(Stores stores, LedgerEntry entry) {
    stores.accounts().book(entry);
    EventLog.booked(stores, entry);
  }

  private static void writeVoided(Stores stores, VoidedKey voided) {
    stores.bets().insertVoid(voided);
    EventLog.changed(
        stores,
        EventKind.KEY_VOIDED,
        voided.player(),
        voided.currency(),
        voided.integration(),
        voided.key().value(),
        voided.transaction(),
        voided.createdAt());
  }

  // The round's player is the caller's: a round is settled only for a player with the account.
  private static void writeSettled(
      Stores stores, Effect.RoundSettled settled, Account account, Instant at) {
    Round ended = settled.ended();
    if (settled.firstSeen()) {
      stores.bets().insertRound(ended);
    } else {
      stores.bets().updateRound(ended);
    }
    for (Bet bet : settled.settled()) {
      stores.bets().update(bet);
    }
    EventLog.changed(
        stores,
        EventKind.ROUND_SETTLED,
        account.player(),
        account.currency(),
        ended.integration(),
        ended.id().value(),
        null,
        at);
  }
}
