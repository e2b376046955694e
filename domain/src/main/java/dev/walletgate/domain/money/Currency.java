package dev.walletgate.domain.money;

/** A currency code with its scale: the number of fraction digits an amount may have (M2). */
public record Currency(CurrencyCode code, int scale) {
  /** Largest scale a currency may declare: the fraction digits the storage keeps. */
  public static final int MAX_SCALE = StoredAmount.FRACTION_DIGITS;

  public Currency {
    if (code == null) {
      throw new IllegalArgumentException("a currency needs its code");
    }
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("currency scale must be between 0 and " + MAX_SCALE);
    }
  }
}
