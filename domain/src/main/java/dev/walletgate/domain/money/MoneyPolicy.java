package dev.walletgate.domain.money;

import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Decides whether an amount may be booked (M2, M3): known currency, exact at its scale, within
 * range. Never rounds.
 */
public record MoneyPolicy(CurrencyRegistry currencies, BigDecimal maxAmount) {
  /**
   * Default ceiling on a single amount, far above any real stake but well inside NUMERIC(38,18).
   */
  public static final BigDecimal DEFAULT_MAX_AMOUNT = new BigDecimal("1000000000000");

  /** Amounts with more integer digits than the storage keeps are refused before any arithmetic. */
  private static final int MAX_INTEGER_DIGITS = StoredAmount.INTEGER_DIGITS;

  public MoneyPolicy {
    Objects.requireNonNull(currencies, "currencies");
    if (maxAmount == null || maxAmount.signum() <= 0) {
      throw new IllegalArgumentException("maximum amount must be positive");
    }
    if (!StoredAmount.fits(maxAmount)) {
      throw new IllegalArgumentException(
          "maximum amount must fit the stored amounts: at most "
              + StoredAmount.INTEGER_DIGITS
              + " integer and "
              + StoredAmount.FRACTION_DIGITS
              + " fraction digits");
    }
  }

  public static MoneyPolicy defaults() {
    return new MoneyPolicy(CurrencyRegistry.iso4217(), DEFAULT_MAX_AMOUNT);
  }

  /**
   * What an amount is for: a stake must be positive, a win, a deposit or a bet limit (G4, G5) may
   * be zero or more.
   */
  public enum Use {
    STAKE,
    WIN,
    TRANSFER,
    LIMIT
  }

  /** The currency if it is configured, else the refusal {@code UNSUPPORTED_CURRENCY}. */
  public Checked<Currency> currency(CurrencyCode code) {
    return currencies
        .find(code)
        .<Checked<Currency>>map(Checked.Valid::new)
        .orElseGet(() -> new Checked.Invalid<>(Refusal.UNSUPPORTED_CURRENCY));
  }

  /** The amount as money of the currency, or {@code INVALID_AMOUNT}. */
  public Checked<Money> amount(BigDecimal amount, Currency currency, Use use) {
    if (amount == null) {
      return new Checked.Invalid<>(Refusal.INVALID_AMOUNT);
    }
    // Zero in any notation (0E+20) is zero; anything else is bounded before any arithmetic.
    // In long arithmetic: precision minus scale overflows an int for exponents like 1E+2147483647.
    if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      return new Checked.Invalid<>(Refusal.INVALID_AMOUNT);
    }
    BigDecimal exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    boolean tooPrecise = exact.scale() > currency.scale();
    boolean belowRange = use == Use.STAKE ? exact.signum() <= 0 : exact.signum() < 0;
    if (tooPrecise || belowRange || exact.compareTo(maxAmount) > 0) {
      return new Checked.Invalid<>(Refusal.INVALID_AMOUNT);
    }
    return new Checked.Valid<>(new Money(exact, currency));
  }

  /** Currency and amount together, the usual case for a money-moving call. */
  public Checked<Money> money(BigDecimal amount, CurrencyCode code, Use use) {
    Checked<Currency> currency = currency(code);
    if (currency instanceof Checked.Invalid<Currency> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    return amount(amount, ((Checked.Valid<Currency>) currency).value(), use);
  }
}
