package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.CURRENCY;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.ROUND;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.EndRoundUseCase;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.AccountLookup;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import java.util.List;
import java.util.Optional;

/** Ends a provider's round (R1): its open bets become settled; ending it again is a success. */
public final class RoundService implements EndRoundUseCase {
  private final ServiceContext context;
  private final RoundEnder roundEnder;

  RoundService(ServiceContext context, RoundEnder roundEnder) {
    this.context = context;
    this.roundEnder = roundEnder;
  }

  @Override
  public CallbackResult endRound(EndRoundCommand command) {
    Checked<Currency> currency = context.settings().money().currency(command.currency());
    if (currency instanceof Checked.Invalid<Currency> invalid) {
      return CallbackResult.of(Outcome.refused(invalid.refusal()));
    }
    Fingerprint fingerprint =
        Fingerprint.of(Operation.END_ROUND)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().map(SessionId::value).orElse(null))
            .with(ROUND, command.round().value())
            .with(CURRENCY, command.currency())
            .digest();
    return context
        .requests()
        .run(
            command.integration(),
            command.requestId(),
            Operation.END_ROUND,
            command.round().value(),
            fingerprint,
            stores -> end(stores, command));
  }

  private Outcome end(Stores stores, EndRoundCommand command) {
    Optional<Account> account = stores.accounts().find(command.player(), command.currency());
    Optional<Refusal> missing =
        AccountLookup.missing(
            account, account.isPresent() || stores.accounts().playerExists(command.player()));
    if (missing.isPresent()) {
      return Outcome.refused(missing.get());
    }
    Optional<Round> round =
        stores.bets().findRoundForUpdate(command.integration(), command.round());
    List<Bet> bets = stores.bets().findByRoundForUpdate(command.integration(), command.round());
    roundEnder.end(stores, command.integration(), command.round(), round, bets);
    return Outcome.success(null, context.balances().of(account));
  }
}
