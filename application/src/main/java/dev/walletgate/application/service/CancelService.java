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
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.rules.CancelCall;
import dev.walletgate.domain.rules.CancelFacts;
import dev.walletgate.domain.rules.CancelRules;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
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
    CancelCall call =
        new CancelCall(
            command.integration(),
            command.key(),
            command.player(),
            command.session(),
            command.round(),
            command.currency());
    return context
        .requests()
        .run(
            recorded(operation, command),
            stores -> load(stores, command),
            (facts, stamp) -> CancelRules.book(call, facts, stamp));
  }

  private static RecordedCall recorded(Operation operation, CancelBetCommand command) {
    Fingerprint fingerprint =
        Fingerprint.of(operation)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().map(SessionId::value).orElse(null))
            .with(ROUND, command.round().map(RoundId::value).orElse(null))
            .with(KEY, command.key().value())
            .with(CURRENCY, command.currency().map(CurrencyCode::value).orElse(null))
            .digest();
    return new RecordedCall(
        command.integration(), command.requestId(), operation, command.key().value(), fingerprint);
  }

  private static CancelFacts load(Stores stores, CancelBetCommand command) {
    Optional<BetKeyHolder> existing =
        stores.bets().findForUpdate(command.integration(), command.key());
    Optional<CurrencyCode> currency = existing.map(BetKeyHolder::currency).or(command::currency);
    // The caller's own account: a cancel naming another player than the bet's is refused (C5)
    // and must neither lock nor show that player's balance.
    Optional<Account> account =
        currency.flatMap(c -> stores.accounts().findForUpdate(command.player(), c));
    return new CancelFacts(existing, account);
  }
}
