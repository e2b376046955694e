package dev.walletgate.domain.money;

import java.util.regex.Pattern;

/** A currency code with its scale: the number of fraction digits an amount may have (M2). */
public record Currency(String code, int scale) {
  /** Longest code: the width of the schema's currency columns. */
  public static final int MAX_CODE_LENGTH = 10;

  private static final Pattern CODE =
      Pattern.compile("[A-Z][A-Z0-9]{2," + (MAX_CODE_LENGTH - 1) + "}");

  /** Largest scale a currency may declare: the fraction digits the storage keeps. */
  public static final int MAX_SCALE = StoredAmount.FRACTION_DIGITS;

  public Currency {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("currency code must be 3-10 upper-case letters or digits");
    }
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("currency scale must be between 0 and " + MAX_SCALE);
    }
  }
}
