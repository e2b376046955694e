package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.AMOUNT;
import static dev.walletgate.domain.rules.FingerprintField.CURRENCY;
import static dev.walletgate.domain.rules.FingerprintField.KEY;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.ROUND;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;

import dev.walletgate.application.guard.GuardContext;
import dev.walletgate.application.guard.GuardedBet;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.PlaceBetUseCase;
import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.rules.BetCall;
import dev.walletgate.domain.rules.BetFacts;
import dev.walletgate.domain.rules.BetRules;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;

/** Books a provider's bet: debits the stake once per bet key (B1-B7), if its guard allows (G1). */
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
    BetCall call =
        new BetCall(
            command.integration(),
            command.key(),
            command.player(),
            command.session(),
            command.round(),
            ((Checked.Valid<Money>) stake).value());
    return context
        .requests()
        .run(
            recorded(command, call),
            stores -> new LoadedBet(stores.betFacts(call), stores::limits),
            (loaded, stamp) ->
                guarded(
                    BetRules.book(
                        call, loaded.facts(), stamp, context.settings().sessionIdleTimeout()),
                    command,
                    call,
                    loaded,
                    stamp));
  }

  /** What a bet's rules read, and what its guard may read in the same transaction. */
  private record LoadedBet(BetFacts facts, GuardContext guard) {}

  // G1: only a bet the rules would book is put to the guard, still holding the account's lock;
  // G2: a refusal books none of the decided effects and shows the balance as it was.
  private Decision guarded(
      Decision decision, PlaceBetCommand command, BetCall call, LoadedBet loaded, Stamp stamp) {
    if (!(decision instanceof Decision.Booked)) {
      return decision;
    }
    GuardedBet bet =
        new GuardedBet(
            call.integration(),
            call.player(),
            call.stake(),
            call.round(),
            call.key(),
            command.game(),
            stamp.at());
    return context
        .settings()
        .betGuard()
        .check(bet, loaded.guard())
        .refusal()
        .<Decision>map(refusal -> new Decision.Refused(refusal, loaded.facts().account()))
        .orElse(decision);
  }

  private static RecordedCall recorded(PlaceBetCommand command, BetCall call) {
    Fingerprint fingerprint =
        Fingerprint.of(Operation.BET)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().value())
            .with(ROUND, command.round().value())
            .with(KEY, command.key().value())
            .with(AMOUNT, call.stake().display())
            .with(CURRENCY, command.currency().value())
            .digest();
    return new RecordedCall(
        command.integration(),
        command.requestId(),
        Operation.BET,
        command.key().value(),
        fingerprint);
  }
}
