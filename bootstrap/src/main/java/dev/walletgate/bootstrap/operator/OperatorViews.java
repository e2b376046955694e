package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.CurrencyRegistry;
import dev.walletgate.domain.money.Money;
import java.math.BigDecimal;

/** How the operator API shows accounts and amounts: decimal strings at the currency's scale. */
final class OperatorViews {
  private final OperatorJson json;
  private final CurrencyRegistry currencies;

  OperatorViews(OperatorJson json, CurrencyRegistry currencies) {
    this.json = json;
    this.currencies = currencies;
  }

  /** {@code {"playerId","currency","balance","locked"}}. */
  ObjectNode account(Account account) {
    ObjectNode body = json.object();
    body.put("playerId", account.player().value());
    body.put("currency", account.currency().value());
    body.put("balance", display(account.balance(), account.currency()));
    body.put("locked", account.locked());
    return body;
  }

  String display(BigDecimal amount, CurrencyCode currency) {
    return new Money(amount, currencies.require(currency)).display();
  }

  /** The code as the API writes it; null for none (a void that named none, a lock's event). */
  static String text(CurrencyCode currency) {
    return currency == null ? null : currency.value();
  }
}
