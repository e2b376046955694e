package dev.walletgate.domain.model;

import java.util.Optional;

/**
 * Shared validation of the string identifiers the providers and the platform send: not blank, no
 * longer than the narrowest identifier column of the schema, and {@link StorableText storable}.
 */
public final class Identifier {
  /**
   * Longest identifier accepted, in UTF-16 units ({@link String#length()}); longer ones are bad
   * input, never truncated. The identifier columns are VARCHAR(255): PostgreSQL counts code points
   * there, which are never more than UTF-16 units, so an accepted identifier always fits.
   */
  public static final int MAX_LENGTH = 255;

  private Identifier() {}

  /**
   * Returns the value if it is a usable identifier, else throws {@link IllegalArgumentException}
   * with {@link #flaw}'s reason.
   */
  public static String check(String value, String what) {
    Optional<String> flaw = flaw(value, what);
    if (flaw.isPresent()) {
      throw new IllegalArgumentException(flaw.get());
    }
    return value;
  }

  /**
   * Why the value is not a usable identifier, starting with {@code what}, or empty when it is one.
   * The reason never repeats the value.
   */
  public static Optional<String> flaw(String value, String what) {
    if (value == null || value.isBlank()) {
      return Optional.of(what + " is empty");
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of(what + " is longer than " + MAX_LENGTH + " characters");
    }
    return StorableText.flaw(value).map(reason -> what + " " + reason);
  }
}
