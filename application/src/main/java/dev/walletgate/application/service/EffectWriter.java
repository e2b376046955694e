package dev.walletgate.application.service;

import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Effect;
import dev.walletgate.domain.model.Bet;

/** Stores what a decision booked, effect by effect, through the call transaction's ports. */
final class EffectWriter {
  private EffectWriter() {}

  static void write(Stores stores, Decision decision) {
    if (decision instanceof Decision.Booked booked) {
      booked.effects().forEach(effect -> write(stores, effect));
    }
  }

  private static void write(Stores stores, Effect effect) {
    if (effect instanceof Effect.StakeDebited debited) {
      stores.bets().insert(debited.bet());
      stores.accounts().book(debited.entry());
    } else if (effect instanceof Effect.BetRefunded refunded) {
      stores.bets().update(refunded.cancelled());
      stores.accounts().book(refunded.entry());
    } else if (effect instanceof Effect.KeyVoided voided) {
      stores.bets().insertVoid(voided.voided());
    } else if (effect instanceof Effect.WinCredited credited) {
      stores.wins().insert(credited.win());
      credited.entry().ifPresent(stores.accounts()::book);
    } else if (effect instanceof Effect.RoundOpened opened) {
      stores.bets().insertRound(opened.round());
    } else if (effect instanceof Effect.RoundSettled settled) {
      writeSettled(stores, settled);
    } else if (effect instanceof Effect.SessionTouched touched) {
      stores.sessions().touch(touched.session(), touched.at());
    } else if (effect instanceof Effect.SessionClosed closed) {
      stores.sessions().close(closed.session());
    } else {
      throw new IllegalStateException("an effect without a writer: " + effect);
    }
  }

  private static void writeSettled(Stores stores, Effect.RoundSettled settled) {
    if (settled.firstSeen()) {
      stores.bets().insertRound(settled.ended());
    } else {
      stores.bets().updateRound(settled.ended());
    }
    for (Bet bet : settled.settled()) {
      stores.bets().update(bet);
    }
  }
}
