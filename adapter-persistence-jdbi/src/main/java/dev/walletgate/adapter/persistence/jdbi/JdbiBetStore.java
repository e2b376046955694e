package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.adapter.persistence.jdbi.Rows.BetRow;
import dev.walletgate.adapter.persistence.jdbi.Rows.RoundRow;
import dev.walletgate.application.port.out.BetStore;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Jdbi persistence adapter for bets, their voids and rounds. */
final class JdbiBetStore implements BetStore {
  private final BetDao dao;

  JdbiBetStore(BetDao dao) {
    this.dao = dao;
  }

  @Override
  public Optional<BetKeyHolder> findForUpdate(Integration integration, BetKey key) {
    return dao.findForUpdate(integration.value(), key.value()).map(JdbiBetStore::holder);
  }

  @Override
  public Optional<BetKeyHolder> find(Integration integration, BetKey key) {
    return dao.find(integration.value(), key.value()).map(JdbiBetStore::holder);
  }

  @Override
  public void insert(Bet bet) {
    dao.insert(
        new BetRow(
            bet.integration().value(),
            bet.key().value(),
            bet.player().value(),
            bet.currency().value(),
            bet.stake(),
            valueOf(bet.round(), RoundId::value),
            valueOf(bet.session(), SessionId::value),
            bet.state().name(),
            bet.debitTransaction().value(),
            valueOf(bet.cancelTransaction(), OperatorTransactionId::value),
            bet.createdAt()));
  }

  @Override
  public void insertVoid(VoidedKey voided) {
    dao.insert(
        new BetRow(
            voided.integration().value(),
            voided.key().value(),
            voided.player().value(),
            valueOf(voided.currency(), CurrencyCode::value),
            null,
            valueOf(voided.round(), RoundId::value),
            valueOf(voided.session(), SessionId::value),
            BetState.VOIDED.name(),
            null,
            voided.transaction().value(),
            voided.createdAt()));
  }

  @Override
  public void update(Bet bet) {
    dao.update(
        bet.integration().value(),
        bet.key().value(),
        bet.state().name(),
        valueOf(bet.cancelTransaction(), OperatorTransactionId::value));
  }

  @Override
  public List<BetKeyHolder> findByRoundForUpdate(Integration integration, RoundId round) {
    return dao.findByRoundForUpdate(integration.value(), round.value()).stream()
        .map(JdbiBetStore::holder)
        .toList();
  }

  @Override
  public Optional<Round> findRoundForUpdate(Integration integration, RoundId round) {
    return dao.findRoundForUpdate(integration.value(), round.value()).map(JdbiBetStore::round);
  }

  @Override
  public void insertRound(Round round) {
    dao.insertRound(round.integration().value(), round.id().value(), round.state().name());
  }

  @Override
  public void updateRound(Round round) {
    dao.updateRound(round.integration().value(), round.id().value(), round.state().name());
  }

  @Override
  public List<Bet> findOpenCreatedBefore(Instant cutoff, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return dao.findInStateCreatedBefore(BetState.OPEN.name(), cutoff, limit).stream()
        .map(JdbiBetStore::bet)
        .toList();
  }

  @Override
  public long countOpenCreatedBefore(Instant cutoff) {
    return dao.countInStateCreatedBefore(BetState.OPEN.name(), cutoff);
  }

  @Override
  public List<VoidedKey> findVoided(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return dao.findInStateNewestFirst(BetState.VOIDED.name(), limit).stream()
        .map(JdbiBetStore::voided)
        .toList();
  }

  @Override
  public long countVoided() {
    return dao.countInState(BetState.VOIDED.name());
  }

  private static <T> String valueOf(T value, Function<T, String> text) {
    return value == null ? null : text.apply(value);
  }

  private static <T> T parse(String value, Function<String, T> parser) {
    return value == null ? null : parser.apply(value);
  }

  static BetKeyHolder holder(BetRow row) {
    return BetState.VOIDED.name().equals(row.state()) ? voided(row) : bet(row);
  }

  private static VoidedKey voided(BetRow row) {
    return new VoidedKey(
        new Integration(row.integration()),
        new BetKey(row.betKey()),
        new PlayerId(row.playerId()),
        parse(row.currency(), CurrencyCode::new),
        parse(row.roundId(), RoundId::new),
        parse(row.sessionId(), SessionId::new),
        new OperatorTransactionId(row.cancelTransactionId()),
        row.createdAt());
  }

  private static Bet bet(BetRow row) {
    return new Bet(
        new Integration(row.integration()),
        new BetKey(row.betKey()),
        new PlayerId(row.playerId()),
        new CurrencyCode(row.currency()),
        row.stake(),
        parse(row.roundId(), RoundId::new),
        parse(row.sessionId(), SessionId::new),
        BetState.valueOf(row.state()),
        parse(row.debitTransactionId(), OperatorTransactionId::new),
        parse(row.cancelTransactionId(), OperatorTransactionId::new),
        row.createdAt());
  }

  static Round round(RoundRow row) {
    return new Round(
        new Integration(row.integration()),
        new RoundId(row.roundId()),
        RoundState.valueOf(row.state()));
  }
}
