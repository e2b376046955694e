package dev.walletgate.application.service;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.CurrencyRegistry;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.outcome.Outcome;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns stored amounts into money at their currency's scale (M5), and outcomes into the form the
 * request record keeps and back.
 */
final class Balances {
  private final CurrencyRegistry currencies;

  Balances(CurrencyRegistry currencies) {
    this.currencies = currencies;
  }

  Money money(BigDecimal amount, CurrencyCode currency) {
    return new Money(amount, currencies.require(currency));
  }

  Optional<Money> of(Optional<Account> account) {
    return account.map(a -> money(a.balance(), a.currency()));
  }

  /** The answer a decision gives, with the balance of the account as the call leaves it. */
  Outcome outcome(Decision decision) {
    Optional<Money> balance = of(decision.account());
    if (decision instanceof Decision.Booked booked) {
      return new Outcome.Success(booked.transaction(), balance);
    }
    if (decision instanceof Decision.Repeated repeated) {
      return Outcome.success(repeated.original(), balance);
    }
    return Outcome.refused(((Decision.Refused) decision).refusal(), balance);
  }

  RecordedOutcome record(Outcome outcome) {
    BigDecimal balance = outcome.balance().map(Money::amount).orElse(null);
    CurrencyCode currency = outcome.balance().map(m -> m.currency().code()).orElse(null);
    if (outcome instanceof Outcome.Refused refused) {
      return RecordedOutcome.refused(refused.refusal(), balance, currency);
    }
    Outcome.Success success = (Outcome.Success) outcome;
    return RecordedOutcome.success(
        success.transactionId().map(OperatorTransactionId::value).orElse(null), balance, currency);
  }

  Outcome replay(RecordedOutcome recorded) {
    Optional<Money> balance =
        Optional.ofNullable(recorded.balance()).map(b -> money(b, recorded.currency()));
    if (recorded.refusal().isPresent()) {
      return new Outcome.Refused(recorded.refusal().get(), balance);
    }
    return new Outcome.Success(
        Optional.ofNullable(recorded.transactionId()).map(OperatorTransactionId::new), balance);
  }
}
