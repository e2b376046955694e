package dev.walletgate.domain.money;

import dev.walletgate.domain.outcome.Refusal;
import java.util.regex.Pattern;

/** The currency code records store; its scale is configuration, supplied by the money policy. */
public record CurrencyCode(String value) {
  /** Longest code: the width of the schema's currency columns. */
  public static final int MAX_CODE_LENGTH = 10;

  private static final Pattern CODE =
      Pattern.compile("[A-Z][A-Z0-9]{2," + (MAX_CODE_LENGTH - 1) + "}");

  public CurrencyCode {
    if (!isCode(value)) {
      throw new IllegalArgumentException("currency code must be 3-10 upper-case letters or digits");
    }
  }

  /**
   * The code a request's text spells, or {@code UNSUPPORTED_CURRENCY}: text that is no code names
   * no configured currency, and is refused as an unconfigured one is (M2).
   */
  public static Checked<CurrencyCode> parse(String text) {
    return isCode(text)
        ? new Checked.Valid<>(new CurrencyCode(text))
        : new Checked.Invalid<>(Refusal.UNSUPPORTED_CURRENCY);
  }

  private static boolean isCode(String text) {
    return text != null && CODE.matcher(text).matches();
  }

  /** The code itself, as storage and the wire show it. */
  @Override
  public String toString() {
    return value;
  }
}
