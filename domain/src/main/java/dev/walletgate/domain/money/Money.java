package dev.walletgate.domain.money;

import java.math.BigDecimal;

/** An exact amount in a currency, always held at the currency's scale (M1, M5). */
public record Money(BigDecimal amount, Currency currency) {
  public Money {
    if (amount == null || currency == null) {
      throw new IllegalArgumentException("money needs an amount and a currency");
    }
    // setScale without a rounding mode throws rather than rounds (M2).
    amount = amount.setScale(currency.scale());
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** The decimal string the protocols show: exactly the currency's scale, never exponent form. */
  public String display() {
    return amount.toPlainString();
  }

  @Override
  public String toString() {
    return display() + " " + currency.code();
  }
}
