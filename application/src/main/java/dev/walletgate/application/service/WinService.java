package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.AMOUNT;
import static dev.walletgate.domain.rules.FingerprintField.BET_REQUIRED;
import static dev.walletgate.domain.rules.FingerprintField.BONUS;
import static dev.walletgate.domain.rules.FingerprintField.CURRENCY;
import static dev.walletgate.domain.rules.FingerprintField.ENDS_ROUND;
import static dev.walletgate.domain.rules.FingerprintField.JACKPOT_PART;
import static dev.walletgate.domain.rules.FingerprintField.KEY;
import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.ROUND;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;
import static dev.walletgate.domain.rules.FingerprintField.WIN_PART;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.port.in.SettleWinUseCase;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import dev.walletgate.domain.rules.WinCall;
import dev.walletgate.domain.rules.WinRules;
import java.math.BigDecimal;
import java.util.Optional;

/** Books a provider's win: credits its amount once per win key (W1-W5), may end the round (R2). */
public final class WinService implements SettleWinUseCase {
  private final ServiceContext context;

  WinService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public CallbackResult settleWin(SettleWinCommand command) {
    Checked<Money> amount =
        context.settings().money().money(command.amount(), command.currency(), MoneyPolicy.Use.WIN);
    if (amount instanceof Checked.Invalid<Money> invalid) {
      return CallbackResult.of(Outcome.refused(invalid.refusal()));
    }
    Money money = ((Checked.Valid<Money>) amount).value();
    Checked<Optional<Money>> checkedWin = part(command.winPart(), money.currency());
    Checked<Optional<Money>> checkedJackpot = part(command.jackpotPart(), money.currency());
    if (!(checkedWin instanceof Checked.Valid<Optional<Money>> validWin)
        || !(checkedJackpot instanceof Checked.Valid<Optional<Money>> validJackpot)) {
      return CallbackResult.of(Outcome.refused(Refusal.INVALID_AMOUNT));
    }
    WinCall call =
        new WinCall(
            command.integration(),
            command.key(),
            command.player(),
            command.round(),
            ((Checked.Valid<Money>) amount).value(),
            validWin.value(),
            validJackpot.value(),
            command.endsRound(),
            command.betRequired(),
            command.bonusCode().isPresent());
    return context
        .requests()
        .run(
            recorded(command, call),
            stores -> stores.winFacts(call),
            (facts, stamp) -> WinRules.book(call, facts, stamp));
  }

  private static RecordedCall recorded(SettleWinCommand command, WinCall call) {
    Fingerprint fingerprint =
        Fingerprint.of(Operation.WIN)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().map(SessionId::value).orElse(null))
            .with(ROUND, command.round().value())
            .with(KEY, command.key().value())
            .with(AMOUNT, call.amount().display())
            .with(CURRENCY, command.currency().value())
            .with(ENDS_ROUND, command.endsRound())
            .with(BET_REQUIRED, command.betRequired())
            .with(BONUS, command.bonusCode().orElse(null))
            .with(WIN_PART, call.winPart().map(Money::display).orElse(null))
            .with(JACKPOT_PART, call.jackpotPart().map(Money::display).orElse(null))
            .digest();
    return new RecordedCall(
        command.integration(),
        command.requestId(),
        Operation.WIN,
        command.key().value(),
        fingerprint);
  }

  /** The breakdown part as money (empty when absent), or the refusal of an invalid one. */
  private Checked<Optional<Money>> part(Optional<BigDecimal> value, Currency currency) {
    if (value.isEmpty()) {
      return new Checked.Valid<>(Optional.empty());
    }
    Checked<Money> checked =
        context.settings().money().amount(value.get(), currency, MoneyPolicy.Use.WIN);
    if (checked instanceof Checked.Invalid<Money> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    return new Checked.Valid<>(Optional.of(((Checked.Valid<Money>) checked).value()));
  }
}
