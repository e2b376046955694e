package dev.walletgate.domain.money;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The currencies a deployment accepts: ISO 4217 codes with their minor units, plus any the
 * deployment adds (M2).
 */
public final class CurrencyRegistry {
  private final Map<CurrencyCode, Currency> byCode;

  private CurrencyRegistry(Map<CurrencyCode, Currency> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** Every ISO 4217 currency the JDK knows that has minor units (USD 2, JPY 0, BHD 3, ...). */
  public static CurrencyRegistry iso4217() {
    Map<CurrencyCode, Currency> iso = new HashMap<>();
    for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
      if (c.getDefaultFractionDigits() >= 0) {
        CurrencyCode code = new CurrencyCode(c.getCurrencyCode());
        iso.put(code, new Currency(code, c.getDefaultFractionDigits()));
      }
    }
    return new CurrencyRegistry(iso);
  }

  /** This registry plus (or with a new scale for) the given currency. */
  public CurrencyRegistry with(CurrencyCode code, int scale) {
    Map<CurrencyCode, Currency> more = new HashMap<>(byCode);
    more.put(code, new Currency(code, scale));
    return new CurrencyRegistry(more);
  }

  public Optional<Currency> find(CurrencyCode code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The currency, which the caller knows to be registered (it was accepted before). */
  public Currency require(CurrencyCode code) {
    return find(code).orElseThrow(() -> new IllegalStateException("unknown currency " + code));
  }
}
