package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import java.util.function.Function;

/** Converts between the domain types and the entities; the entities never leave the adapter. */
final class EntityMapper {
  private EntityMapper() {}

  static Account account(AccountEntity row, boolean locked) {
    return new Account(
        new PlayerId(row.id.playerId()), new CurrencyCode(row.id.currency()), row.balance, locked);
  }

  static LedgerEntryEntity entity(LedgerEntry entry) {
    LedgerEntryEntity row = new LedgerEntryEntity();
    row.transactionId = entry.transaction().value();
    row.playerId = entry.player().value();
    row.currency = entry.currency().value();
    row.kind = entry.kind().name();
    row.amount = entry.amount();
    row.balanceAfter = entry.balanceAfter();
    row.integration = valueOf(entry.integration(), Integration::value);
    row.entryKey = entry.key();
    // Only the platform's own entries carry the reference, unique across the ledger (L2).
    row.platformReference = entry.integration() == null ? entry.key() : null;
    row.createdAt = entry.createdAt();
    return row;
  }

  static LedgerEntry entry(LedgerEntryEntity row) {
    return new LedgerEntry(
        new OperatorTransactionId(row.transactionId),
        new PlayerId(row.playerId),
        new CurrencyCode(row.currency),
        EntryKind.valueOf(row.kind),
        row.amount,
        row.balanceAfter,
        row.integration == null ? null : new Integration(row.integration),
        row.entryKey,
        row.createdAt);
  }

  static SessionEntity entity(Session session) {
    SessionEntity row = new SessionEntity();
    row.sessionId = session.id().value();
    row.playerId = session.player().value();
    row.currency = session.currency().value();
    row.state = session.state().name();
    row.openedAt = session.openedAt();
    row.lastSeenAt = session.lastSeenAt();
    return row;
  }

  static Session session(SessionEntity row) {
    return new Session(
        new SessionId(row.sessionId),
        new PlayerId(row.playerId),
        new CurrencyCode(row.currency),
        SessionState.valueOf(row.state),
        row.openedAt,
        row.lastSeenAt);
  }

  static BetPk betPk(Integration integration, BetKey key) {
    return new BetPk(integration.value(), key.value());
  }

  static BetEntity entity(Bet bet) {
    BetEntity row = new BetEntity();
    row.id = betPk(bet.integration(), bet.key());
    row.playerId = bet.player().value();
    row.currency = bet.currency().value();
    row.stake = bet.stake();
    row.roundId = valueOf(bet.round(), RoundId::value);
    row.sessionId = valueOf(bet.session(), SessionId::value);
    row.createdAt = bet.createdAt();
    applyState(bet, row);
    return row;
  }

  /** Copies what {@code BetStore.update} may change: the state and the cancel transaction. */
  static void applyState(Bet bet, BetEntity row) {
    row.state = bet.state().name();
    row.debitTransactionId = valueOf(bet.debitTransaction(), OperatorTransactionId::value);
    row.cancelTransactionId = valueOf(bet.cancelTransaction(), OperatorTransactionId::value);
  }

  static BetEntity entity(VoidedKey voided) {
    BetEntity row = new BetEntity();
    row.id = betPk(voided.integration(), voided.key());
    row.playerId = voided.player().value();
    row.currency = valueOf(voided.currency(), CurrencyCode::value);
    row.roundId = valueOf(voided.round(), RoundId::value);
    row.sessionId = valueOf(voided.session(), SessionId::value);
    row.createdAt = voided.createdAt();
    row.state = BetState.VOIDED.name();
    row.cancelTransactionId = voided.transaction().value();
    return row;
  }

  static BetKeyHolder holder(BetEntity row) {
    return BetState.VOIDED.name().equals(row.state) ? voided(row) : bet(row);
  }

  static VoidedKey voided(BetEntity row) {
    return new VoidedKey(
        new Integration(row.id.integration()),
        new BetKey(row.id.betKey()),
        new PlayerId(row.playerId),
        row.currency == null ? null : new CurrencyCode(row.currency),
        row.roundId == null ? null : new RoundId(row.roundId),
        row.sessionId == null ? null : new SessionId(row.sessionId),
        new OperatorTransactionId(row.cancelTransactionId),
        row.createdAt);
  }

  static Bet bet(BetEntity row) {
    return new Bet(
        new Integration(row.id.integration()),
        new BetKey(row.id.betKey()),
        new PlayerId(row.playerId),
        new CurrencyCode(row.currency),
        row.stake,
        row.roundId == null ? null : new RoundId(row.roundId),
        row.sessionId == null ? null : new SessionId(row.sessionId),
        BetState.valueOf(row.state),
        row.debitTransactionId == null ? null : new OperatorTransactionId(row.debitTransactionId),
        row.cancelTransactionId == null ? null : new OperatorTransactionId(row.cancelTransactionId),
        row.createdAt);
  }

  static RoundPk roundPk(Integration integration, RoundId round) {
    return new RoundPk(integration.value(), round.value());
  }

  static RoundEntity entity(Round round) {
    return new RoundEntity(roundPk(round.integration(), round.id()), round.state().name());
  }

  static Round round(RoundEntity row) {
    return new Round(
        new Integration(row.id.integration()),
        new RoundId(row.id.roundId()),
        RoundState.valueOf(row.state));
  }

  static WinPk winPk(Integration integration, WinKey key) {
    return new WinPk(integration.value(), key.value());
  }

  static WinEntity entity(Win win) {
    WinEntity row = new WinEntity();
    row.id = winPk(win.integration(), win.key());
    row.playerId = win.player().value();
    row.currency = win.currency().value();
    row.amount = win.amount();
    row.roundId = win.round().value();
    row.transactionId = win.transaction().value();
    row.createdAt = win.createdAt();
    row.winPart = win.winPart();
    row.jackpotPart = win.jackpotPart();
    return row;
  }

  static Win win(WinEntity row) {
    return new Win(
        new Integration(row.id.integration()),
        new WinKey(row.id.winKey()),
        new PlayerId(row.playerId),
        new CurrencyCode(row.currency),
        row.amount,
        new RoundId(row.roundId),
        new OperatorTransactionId(row.transactionId),
        row.createdAt,
        row.winPart,
        row.jackpotPart);
  }

  static RequestPk requestPk(Integration integration, RequestId requestId) {
    return new RequestPk(integration.value(), requestId.value());
  }

  static RequestRecordEntity entity(RequestRecord record) {
    RequestRecordEntity row = new RequestRecordEntity();
    row.id = requestPk(record.integration(), record.requestId());
    row.operation = record.operation().storedName();
    row.fingerprint = record.fingerprint().value();
    row.createdAt = record.createdAt();
    row.subjectKey = record.subject();
    applyOutcome(record.outcome(), row);
    return row;
  }

  static void applyOutcome(RecordedOutcome outcome, RequestRecordEntity row) {
    row.outcomeResult = valueOf(outcome, RecordedOutcome::result);
    row.outcomeTransactionId = valueOf(outcome, RecordedOutcome::transactionId);
    row.outcomeBalance = valueOf(outcome, RecordedOutcome::balance);
    row.outcomeCurrency = valueOf(valueOf(outcome, RecordedOutcome::currency), CurrencyCode::value);
  }

  static RequestRecord requestRecord(RequestRecordEntity row) {
    RecordedOutcome outcome =
        row.outcomeResult == null
            ? null
            : RecordedOutcome.stored(
                row.outcomeResult,
                row.outcomeTransactionId,
                row.outcomeBalance,
                row.outcomeCurrency == null ? null : new CurrencyCode(row.outcomeCurrency));
    return new RequestRecord(
        new Integration(row.id.integration()),
        new RequestId(row.id.requestId()),
        Operation.ofStoredName(row.operation),
        new Fingerprint(row.fingerprint),
        outcome,
        row.createdAt,
        row.subjectKey);
  }

  private static <T, V> V valueOf(T nullable, Function<T, V> value) {
    return nullable == null ? null : value.apply(nullable);
  }
}
