package dev.walletgate.application.port.out;

import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.VoidedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing persistence port for bets, their voids and rounds. A bet and the void of its key are the
 * same row, so whichever inserts first claims (integration, bet key) and the other gets a {@link
 * RetryableConflictException}.
 */
public interface BetStore {
  /** The row holding the key, locked until the transaction ends. */
  Optional<BetKeyHolder> findForUpdate(Integration integration, BetKey key);

  Optional<BetKeyHolder> find(Integration integration, BetKey key);

  /** Claims the key for a bet; a taken key raises {@link RetryableConflictException}. */
  void insert(Bet bet);

  /** Claims the key for a void (C3); a taken key raises {@link RetryableConflictException}. */
  void insertVoid(VoidedKey voided);

  /** Stores the new state and cancel transaction of a booked bet. */
  void update(Bet bet);

  /** Every row of the round, in creation order, locked until the transaction ends. */
  List<BetKeyHolder> findByRoundForUpdate(Integration integration, RoundId round);

  /** The round, locked until the transaction ends. */
  Optional<Round> findRoundForUpdate(Integration integration, RoundId round);

  /** Claims the round id; a taken id raises {@link RetryableConflictException}. */
  void insertRound(Round round);

  void updateRound(Round round);

  /** Open bets created before the instant, oldest first, at most {@code limit}. */
  List<Bet> findOpenCreatedBefore(Instant cutoff, int limit);

  long countOpenCreatedBefore(Instant cutoff);

  /** Voided keys (cancels that came before any bet, C3), newest first, at most {@code limit}. */
  List<VoidedKey> findVoided(int limit);

  long countVoided();
}
