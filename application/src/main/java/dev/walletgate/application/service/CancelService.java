package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.CURRENCY;
import static dev.walletgate.domain.rules.FingerprintField.KEY;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.ROUND;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.CancelBetUseCase;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.RefundBetUseCase;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.rules.CancelAttempt;
import dev.walletgate.domain.rules.CancelDecision;
import dev.walletgate.domain.rules.CancelRules;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import java.time.Instant;
import java.util.Optional;

/**
 * Cancels (or, for Kyren's Refund, refunds) a bet key exactly once (C1-C8): refunds an open bet's
 * recorded stake, answers a repeat with the original refund, and voids an unknown key so that a
 * late bet with it is refused.
 */
public final class CancelService implements CancelBetUseCase, RefundBetUseCase {
  private final ServiceContext context;

  CancelService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public CallbackResult cancelBet(CancelBetCommand command) {
    return cancel(Operation.CANCEL, command);
  }

  @Override
  public CallbackResult refundBet(RefundBetCommand command) {
    return cancel(
        Operation.REFUND,
        new CancelBetCommand(
            command.integration(),
            command.requestId(),
            command.player(),
            Optional.empty(),
            Optional.of(command.round()),
            command.key(),
            Optional.of(command.currency())));
  }

  private CallbackResult cancel(Operation operation, CancelBetCommand command) {
    if (command.currency().isPresent()) {
      Checked<Currency> currency = context.settings().money().currency(command.currency().get());
      if (currency instanceof Checked.Invalid<Currency> invalid) {
        return CallbackResult.of(Outcome.refused(invalid.refusal()));
      }
    }
    Fingerprint fingerprint =
        Fingerprint.of(operation)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().map(SessionId::value).orElse(null))
            .with(ROUND, command.round().map(RoundId::value).orElse(null))
            .with(KEY, command.key().value())
            .with(CURRENCY, command.currency().orElse(null))
            .digest();
    return context
        .requests()
        .run(
            command.integration(),
            command.requestId(),
            operation,
            command.key().value(),
            fingerprint,
            stores -> decideAndApply(stores, command));
  }

  private Outcome decideAndApply(Stores stores, CancelBetCommand command) {
    Instant now = context.now();
    Optional<Bet> existing = stores.bets().findForUpdate(command.integration(), command.key());
    Optional<String> currency = existing.map(Bet::currency).or(command::currency);
    // The caller's own account: a cancel naming another player than the bet's is refused (C5)
    // and must neither lock nor show that player's balance.
    Optional<Account> account =
        currency.flatMap(c -> stores.accounts().findForUpdate(command.player(), c));
    CancelDecision decision =
        CancelRules.decide(
            new CancelAttempt(command.player(), command.currency()), existing, account);
    Optional<Money> balance = context.balances().of(account);
    if (decision instanceof CancelDecision.AlreadyCancelled already) {
      return Outcome.success(already.bet().cancelTransaction(), balance);
    }
    if (decision instanceof CancelDecision.Refuse refuse) {
      return Outcome.refused(refuse.refusal(), balance);
    }
    OperatorTransactionId transaction = context.nextTransactionId();
    if (decision instanceof CancelDecision.VoidKey) {
      stores.bets().insert(voidOf(command, transaction, now));
      return Outcome.success(transaction, balance);
    }
    CancelDecision.Refund refund = (CancelDecision.Refund) decision;
    Bet bet = refund.bet();
    stores.bets().update(bet.withState(BetState.CANCELLED, transaction));
    stores
        .accounts()
        .book(
            new LedgerEntry(
                transaction,
                bet.player(),
                bet.currency(),
                EntryKind.REFUND,
                bet.stake(),
                refund.balanceAfter(),
                bet.integration(),
                bet.key().value(),
                now));
    return Outcome.success(
        transaction, Optional.of(context.balances().money(refund.balanceAfter(), bet.currency())));
  }

  private static Bet voidOf(
      CancelBetCommand command, OperatorTransactionId transaction, Instant now) {
    return new Bet(
        command.integration(),
        command.key(),
        command.player(),
        command.currency().orElse(null),
        null,
        command.round().orElse(null),
        command.session().orElse(null),
        BetState.VOIDED,
        null,
        transaction,
        now);
  }
}
