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
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import dev.walletgate.domain.rules.WinAttempt;
import dev.walletgate.domain.rules.WinDecision;
import dev.walletgate.domain.rules.WinRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Books a provider's win: credits its amount once per win key (W1-W5), may end the round (R2). */
public final class WinService implements SettleWinUseCase {
  private final ServiceContext context;
  private final RoundEnder roundEnder;

  WinService(ServiceContext context, RoundEnder roundEnder) {
    this.context = context;
    this.roundEnder = roundEnder;
  }

  @Override
  public CallbackResult settleWin(SettleWinCommand command) {
    Checked<Money> amount =
        context.settings().money().money(command.amount(), command.currency(), MoneyPolicy.Use.WIN);
    if (amount instanceof Checked.Invalid<Money> invalid) {
      return CallbackResult.of(Outcome.refused(invalid.refusal()));
    }
    Money money = ((Checked.Valid<Money>) amount).value();
    Checked<Optional<Money>> checkedWin = part(command.winPart(), command.currency());
    Checked<Optional<Money>> checkedJackpot = part(command.jackpotPart(), command.currency());
    if (!(checkedWin instanceof Checked.Valid<Optional<Money>> validWin)
        || !(checkedJackpot instanceof Checked.Valid<Optional<Money>> validJackpot)) {
      return CallbackResult.of(Outcome.refused(Refusal.INVALID_AMOUNT));
    }
    Optional<Money> winPart = validWin.value();
    Optional<Money> jackpotPart = validJackpot.value();
    Fingerprint fingerprint =
        Fingerprint.of(Operation.WIN)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().map(SessionId::value).orElse(null))
            .with(ROUND, command.round().value())
            .with(KEY, command.key().value())
            .with(AMOUNT, money.display())
            .with(CURRENCY, command.currency())
            .with(ENDS_ROUND, command.endsRound())
            .with(BET_REQUIRED, command.betRequired())
            .with(BONUS, command.bonusCode().orElse(null))
            .with(WIN_PART, winPart.map(Money::display).orElse(null))
            .with(JACKPOT_PART, jackpotPart.map(Money::display).orElse(null))
            .digest();
    return context
        .requests()
        .run(
            command.integration(),
            command.requestId(),
            Operation.WIN,
            command.key().value(),
            fingerprint,
            stores -> credit(stores, command, money, winPart, jackpotPart));
  }

  /** The breakdown part as money (empty when absent), or the refusal of an invalid one. */
  private Checked<Optional<Money>> part(Optional<BigDecimal> value, String currency) {
    if (value.isEmpty()) {
      return new Checked.Valid<>(Optional.empty());
    }
    Checked<Money> checked =
        context.settings().money().money(value.get(), currency, MoneyPolicy.Use.WIN);
    if (checked instanceof Checked.Invalid<Money> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    return new Checked.Valid<>(Optional.of(((Checked.Valid<Money>) checked).value()));
  }

  private Outcome credit(
      Stores stores,
      SettleWinCommand command,
      Money amount,
      Optional<Money> winPart,
      Optional<Money> jackpotPart) {
    Instant now = context.now();
    Optional<Win> existing = stores.wins().find(command.integration(), command.key());
    // Lock order: round, its bets, account (the same order as bets, cancels and end-rounds).
    Optional<Round> round =
        stores.bets().findRoundForUpdate(command.integration(), command.round());
    List<Bet> roundBets =
        stores.bets().findByRoundForUpdate(command.integration(), command.round());
    Optional<Account> account =
        stores.accounts().findForUpdate(command.player(), command.currency());
    boolean playerKnown = account.isPresent() || stores.accounts().playerExists(command.player());
    WinDecision decision =
        WinRules.decide(
            new WinAttempt(
                command.player(),
                command.currency(),
                amount.amount(),
                command.round(),
                command.betRequired(),
                command.bonusCode().isPresent()),
            existing,
            roundBets,
            account,
            playerKnown);
    Optional<Money> balance = context.balances().of(account);
    if (decision instanceof WinDecision.Duplicate duplicate) {
      return Outcome.success(duplicate.original().transaction(), balance);
    }
    if (decision instanceof WinDecision.Refuse refuse) {
      return Outcome.refused(refuse.refusal(), balance);
    }
    WinDecision.Credit credit = (WinDecision.Credit) decision;
    OperatorTransactionId transaction = context.nextTransactionId();
    stores
        .wins()
        .insert(
            new Win(
                command.integration(),
                command.key(),
                command.player(),
                command.currency(),
                amount.amount(),
                command.round(),
                transaction,
                now,
                winPart.map(Money::amount).orElse(null),
                jackpotPart.map(Money::amount).orElse(null)));
    if (amount.amount().signum() > 0) {
      stores
          .accounts()
          .book(
              new LedgerEntry(
                  transaction,
                  command.player(),
                  command.currency(),
                  EntryKind.WIN,
                  amount.amount(),
                  credit.balanceAfter(),
                  command.integration(),
                  command.key().value(),
                  now));
    }
    if (command.endsRound()) {
      roundEnder.end(stores, command.integration(), command.round(), round, roundBets);
    }
    return Outcome.success(
        transaction,
        Optional.of(context.balances().money(credit.balanceAfter(), command.currency())));
  }
}
