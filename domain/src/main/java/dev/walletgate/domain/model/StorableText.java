package dev.walletgate.domain.model;

import java.util.Optional;

/**
 * Text that every supported database keeps exactly as given. PostgreSQL refuses U+0000 in text
 * columns; an unpaired UTF-16 surrogate has no UTF-8 form, so the driver would write {@code ?} in
 * its place and two different keys would be stored as one. Everything else in Unicode is stored and
 * read back unchanged by H2 and by PostgreSQL with its UTF8 encoding.
 */
public final class StorableText {
  private StorableText() {}

  /**
   * Why the text cannot be stored as given, or empty when it can. The reason names the position of
   * the first offending character, never the text itself, so it is safe to log and to answer.
   */
  public static Optional<String> flaw(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("contains a NUL character (at index " + i + ")");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("contains an unpaired surrogate (at index " + i + ")");
      }
    }
    return Optional.empty();
  }
}
