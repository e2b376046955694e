package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.CURRENCY;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.ROUND;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.EndRoundUseCase;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import dev.walletgate.domain.rules.RoundRules;

/** Ends a provider's round (R1): its open bets become settled; ending it again is a success. */
public final class RoundService implements EndRoundUseCase {
  private final ServiceContext context;

  RoundService(ServiceContext context) {
    this.context = context;
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
            .with(CURRENCY, command.currency().value())
            .digest();
    return context
        .requests()
        .run(
            new RecordedCall(
                command.integration(),
                command.requestId(),
                Operation.END_ROUND,
                command.round().value(),
                fingerprint),
            stores ->
                stores.endRoundFacts(
                    command.integration(), command.round(), command.player(), command.currency()),
            (loaded, stamp) ->
                RoundRules.end(
                    command.integration(),
                    command.round(),
                    loaded.round(),
                    loaded.account(),
                    loaded.playerKnown()));
  }
}
