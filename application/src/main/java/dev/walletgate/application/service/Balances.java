package dev.walletgate.application.service;

import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.money.CurrencyRegistry;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
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

  Money money(BigDecimal amount, String currency) {
    return new Money(amount, currencies.require(currency));
  }

  Optional<Money> of(Optional<Account> account) {
    return account.map(a -> money(a.balance(), a.currency()));
  }

  RecordedOutcome record(Outcome outcome) {
    String result = RecordedOutcome.SUCCESS;
    String transactionId = null;
    if (outcome instanceof Outcome.Success success) {
      transactionId = success.transactionId().map(OperatorTransactionId::value).orElse(null);
    } else if (outcome instanceof Outcome.Refused refused) {
      result = refused.refusal().name();
    }
    BigDecimal balance = outcome.balance().map(Money::amount).orElse(null);
    String currency = outcome.balance().map(m -> m.currency().code()).orElse(null);
    return new RecordedOutcome(result, transactionId, balance, currency);
  }

  Outcome replay(RecordedOutcome recorded) {
    Optional<Money> balance =
        Optional.ofNullable(recorded.balance()).map(b -> money(b, recorded.currency()));
    if (RecordedOutcome.SUCCESS.equals(recorded.result())) {
      return new Outcome.Success(
          Optional.ofNullable(recorded.transactionId()).map(OperatorTransactionId::new), balance);
    }
    return new Outcome.Refused(Refusal.valueOf(recorded.result()), balance);
  }
}
