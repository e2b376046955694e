package dev.walletgate.domain.money;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount written as text on the wire: plain decimal digits, an optional minus sign and
 * fraction. No exponent, spaces, plus sign, or grouping (M1).
 */
public final class DecimalText {
  private static final int MAX_LENGTH = 64;
  private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private DecimalText() {}

  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH || !PLAIN.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }
}
