package dev.walletgate.domain.money;

import java.math.BigDecimal;

/**
 * The schema's amount and balance columns, NUMERIC(38, 18): 20 integer and 18 fraction digits on H2
 * and PostgreSQL alike. A value outside them is refused by the database as data, never stored.
 */
public final class StoredAmount {
  /** Digits before the decimal point. */
  public static final int INTEGER_DIGITS = 20;

  /** Digits after the decimal point. */
  public static final int FRACTION_DIGITS = 18;

  /** The largest value the columns hold: twenty nines, a point and eighteen nines. */
  public static final BigDecimal MAX =
      BigDecimal.TEN.pow(INTEGER_DIGITS).subtract(BigDecimal.ONE.movePointLeft(FRACTION_DIGITS));

  private StoredAmount() {}

  /**
   * Whether the columns hold the value exactly: within {@link #MAX} either side of zero, and at
   * most 18 fraction digits.
   */
  public static boolean fits(BigDecimal value) {
    return value.abs().compareTo(MAX) <= 0
        && (value.signum() == 0 || value.stripTrailingZeros().scale() <= FRACTION_DIGITS);
  }
}
