package dev.walletgate.domain.effect;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.model.Win;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider call does to the wallet, in the rulebook's words. The rules decide the effects;
 * the application stores each one as it is, in the call's transaction.
 */
public sealed interface Effect {
  /** B1: the bet is booked and its stake debited by the entry. */
  record StakeDebited(Bet bet, LedgerEntry entry) implements Effect {
    public StakeDebited {
      Objects.requireNonNull(bet, "bet");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /** C1: the bet is cancelled and its recorded stake refunded by the entry. */
  record BetRefunded(Bet cancelled, LedgerEntry entry) implements Effect {
    public BetRefunded {
      Objects.requireNonNull(cancelled, "cancelled");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /** C3: an unknown key is voided, so that a later bet with it is refused (B6). */
  record KeyVoided(VoidedKey voided) implements Effect {
    public KeyVoided {
      Objects.requireNonNull(voided, "voided");
    }
  }

  /** W1: the win is recorded and credited by the entry; a zero win books none (W3). */
  record WinCredited(Win win, Optional<LedgerEntry> entry) implements Effect {
    public WinCredited {
      Objects.requireNonNull(win, "win");
      Objects.requireNonNull(entry, "entry");
    }
  }

  /** L2: a platform deposit or withdrawal is booked by the entry. */
  record Transferred(LedgerEntry entry) implements Effect {
    public Transferred {
      Objects.requireNonNull(entry, "entry");
    }
  }

  /** B7: the first bet of a round opens it. */
  record RoundOpened(Round round) implements Effect {
    public RoundOpened {
      Objects.requireNonNull(round, "round");
    }
  }

  /**
   * R1, R2: the round is ended and its open bets are settled.
   *
   * @param firstSeen whether the round was never stored before (ended without any bet)
   */
  record RoundSettled(Round ended, boolean firstSeen, List<Bet> settled) implements Effect {
    public RoundSettled {
      Objects.requireNonNull(ended, "ended");
      settled = List.copyOf(settled);
    }
  }

  /** S4: the provider's session expiry closes the session. */
  record SessionClosed(SessionId session) implements Effect {
    public SessionClosed {
      Objects.requireNonNull(session, "session");
    }
  }

  /** S4: the session's last-seen time moves on. */
  record SessionTouched(SessionId session, Instant at) implements Effect {
    public SessionTouched {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(at, "at");
    }
  }
}
