package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.AMOUNT;
import static dev.walletgate.domain.rules.FingerprintField.CURRENCY;
import static dev.walletgate.domain.rules.FingerprintField.KEY;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.ROUND;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.PlaceBetUseCase;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.rules.BetAttempt;
import dev.walletgate.domain.rules.BetDecision;
import dev.walletgate.domain.rules.BetRules;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import dev.walletgate.domain.rules.SessionRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Books a provider's bet: debits the stake once per bet key (B1-B7). */
public final class BetService implements PlaceBetUseCase {
  private final ServiceContext context;

  BetService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public CallbackResult placeBet(PlaceBetCommand command) {
    Checked<Money> stake =
        context
            .settings()
            .money()
            .money(command.amount(), command.currency(), MoneyPolicy.Use.STAKE);
    if (stake instanceof Checked.Invalid<Money> invalid) {
      return CallbackResult.of(Outcome.refused(invalid.refusal()));
    }
    Money money = ((Checked.Valid<Money>) stake).value();
    Fingerprint fingerprint =
        Fingerprint.of(Operation.BET)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().value())
            .with(ROUND, command.round().value())
            .with(KEY, command.key().value())
            .with(AMOUNT, money.display())
            .with(CURRENCY, command.currency())
            .digest();
    return context
        .requests()
        .run(
            command.integration(),
            command.requestId(),
            Operation.BET,
            command.key().value(),
            fingerprint,
            stores -> book(stores, command, money));
  }

  private Outcome book(Stores stores, PlaceBetCommand command, Money stake) {
    Instant now = context.now();
    Optional<Bet> existing = stores.bets().findForUpdate(command.integration(), command.key());
    // Only a new bet needs its round; a duplicate never takes the round lock (lock order:
    // round, bet, account).
    Optional<Round> round =
        existing.isPresent()
            ? Optional.empty()
            : stores.bets().findRoundForUpdate(command.integration(), command.round());
    Optional<Session> session = stores.sessions().find(command.session());
    Duration idleTimeout = context.settings().sessionIdleTimeout();
    boolean sessionActive = SessionRules.isActiveFor(session, command.player(), now, idleTimeout);
    Optional<Account> account =
        stores.accounts().findForUpdate(command.player(), command.currency());
    boolean playerKnown = account.isPresent() || stores.accounts().playerExists(command.player());
    BetDecision decision =
        BetRules.decide(
            new BetAttempt(command.player(), command.currency(), stake.amount()),
            existing,
            sessionActive,
            account,
            playerKnown,
            round);
    Optional<Money> balance = context.balances().of(account);
    if (decision instanceof BetDecision.Duplicate duplicate) {
      return Outcome.success(duplicate.original().debitTransaction(), balance);
    }
    if (decision instanceof BetDecision.Refuse refuse) {
      return Outcome.refused(refuse.refusal(), balance);
    }
    BetDecision.Debit debit = (BetDecision.Debit) decision;
    OperatorTransactionId transaction = context.nextTransactionId();
    if (round.isEmpty()) {
      stores.bets().insertRound(new Round(command.integration(), command.round(), RoundState.OPEN));
    }
    stores
        .bets()
        .insert(
            new Bet(
                command.integration(),
                command.key(),
                command.player(),
                command.currency(),
                stake.amount(),
                command.round(),
                command.session(),
                BetState.OPEN,
                transaction,
                null,
                now));
    stores
        .accounts()
        .book(
            new LedgerEntry(
                transaction,
                command.player(),
                command.currency(),
                EntryKind.BET,
                stake.amount().negate(),
                debit.balanceAfter(),
                command.integration(),
                command.key().value(),
                now));
    // An accepted bet had an active session.
    if (SessionRules.touchDue(session.orElseThrow(), now, idleTimeout)) {
      stores.sessions().touch(command.session(), now);
    }
    return Outcome.success(
        transaction,
        Optional.of(context.balances().money(debit.balanceAfter(), command.currency())));
  }
}
