package dev.walletgate.domain.model;

/** Shared validation of the string identifiers the providers and the platform send. */
public final class Identifier {
  /** Longest identifier accepted; longer ones are bad input, never truncated. */
  public static final int MAX_LENGTH = 255;

  private Identifier() {}

  /**
   * Returns the value if it is a usable identifier, else throws {@link IllegalArgumentException}.
   */
  public static String check(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
    }
    return value;
  }
}
