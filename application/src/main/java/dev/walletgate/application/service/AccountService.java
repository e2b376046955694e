package dev.walletgate.application.service;

import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.CreateAccountUseCase;
import dev.walletgate.application.port.in.DepositUseCase;
import dev.walletgate.application.port.in.LockPlayerCommand;
import dev.walletgate.application.port.in.LockPlayerUseCase;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.in.WithdrawUseCase;
import dev.walletgate.application.port.out.EventKind;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.rules.TransferCall;
import dev.walletgate.domain.rules.TransferRules;
import java.math.BigDecimal;

/** The platform's account operations: create, deposit, withdraw (L2), lock and unlock (B5). */
public final class AccountService
    implements CreateAccountUseCase, DepositUseCase, WithdrawUseCase, LockPlayerUseCase {
  private final ServiceContext context;

  AccountService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Checked<Account> createAccount(CreateAccountCommand command) {
    Checked<Currency> currency = context.settings().money().currency(command.currency());
    if (currency instanceof Checked.Invalid<Currency> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    return new Checked.Valid<>(
        context
            .runner()
            .run(
                stores ->
                    stores
                        .accounts()
                        .createIfAbsent(command.player(), command.currency(), context.now())));
  }

  @Override
  public Outcome deposit(TransferCommand command) {
    return transfer(EntryKind.DEPOSIT, command);
  }

  @Override
  public Outcome withdraw(TransferCommand command) {
    return transfer(EntryKind.WITHDRAWAL, command);
  }

  @Override
  public boolean setLocked(LockPlayerCommand command) {
    return context.runner().run(stores -> lock(stores, command));
  }

  // Every lock or unlock of a known player is reported, even one that repeats the state.
  private boolean lock(Stores stores, LockPlayerCommand command) {
    if (!stores.accounts().setLocked(command.player(), command.locked())) {
      return false;
    }
    EventKind kind = command.locked() ? EventKind.ACCOUNT_LOCKED : EventKind.ACCOUNT_UNLOCKED;
    EventLog.changed(stores, kind, command.player(), null, null, null, null, context.now());
    return true;
  }

  private Outcome transfer(EntryKind kind, TransferCommand command) {
    Checked<Money> amount =
        context
            .settings()
            .money()
            .money(command.amount(), command.currency(), MoneyPolicy.Use.STAKE);
    if (amount instanceof Checked.Invalid<Money> invalid) {
      return Outcome.refused(invalid.refusal());
    }
    BigDecimal exact = ((Checked.Valid<Money>) amount).value().amount();
    return context.runner().run(stores -> book(stores, kind, command, exact));
  }

  private Outcome book(Stores stores, EntryKind kind, TransferCommand command, BigDecimal amount) {
    Decision decision =
        TransferRules.book(
            new TransferCall(command.player(), kind, amount, command.reference()),
            stores.accounts().findByReference(command.reference()),
            stores.accounts().findForUpdate(command.player(), command.currency()),
            new Stamp(context.now(), context::nextTransactionId));
    EffectWriter.write(stores, decision, context.now());
    return context.balances().outcome(decision);
  }
}
