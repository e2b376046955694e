package dev.walletgate.domain.money;

import java.util.regex.Pattern;

/** A currency code with its scale: the number of fraction digits an amount may have (M2). */
public record Currency(String code, int scale) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{2,9}");

  /** Largest scale a currency may declare; the storage keeps 18 fraction digits. */
  public static final int MAX_SCALE = 18;

  public Currency {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("currency code must be 3-10 upper-case letters or digits");
    }
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("currency scale must be between 0 and " + MAX_SCALE);
    }
  }
}
