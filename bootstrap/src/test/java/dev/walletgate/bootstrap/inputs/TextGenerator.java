package dev.walletgate.bootstrap.inputs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded strings of every {@link TextKind}, each value new within one run (so that a key or session
 * used once is never met again by chance), and twin pairs that differ only where some database,
 * driver or collation would make them equal.
 */
final class TextGenerator {
  private static final String ASCII =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/";
  private static final String ACCENTED = "éèêëàâäçñøåæœßÉÀÇÑØÅÆŒşğıłżźćńšžčřůőűĳ";
  private static final List<String> ASTRAL =
      List.of("\uD83C\uDFB0", "\uD83D\uDE00", "\uD83D\uDCB0", "\uD835\uDD38", "\uD840\uDC0B");
  private static final String CONTROLS = "\u0001\u0007\t\n\r\u001B\u001F\u007F\u0085";
  private static final String UNUSUAL_SPACES = "\u00A0\u2007\u202F\uFEFF\u200B";
  private static final String BLANKS = " \t\n\r\u3000\u2003\u000B\u000C";
  private static final int LIMIT = 255;

  private final Random random;
  private final Set<String> emitted = new HashSet<>();
  private int serial;

  TextGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A string of the kind, never emitted before in this run. */
  String next(TextKind kind) {
    for (int attempt = 0; ; attempt++) {
      String text = make(kind, attempt);
      if (emitted.add(text)) {
        return text;
      }
    }
  }

  /** One of the items, chosen at random. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A kind chosen at random. */
  TextKind nextKind() {
    TextKind[] kinds = TextKind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  /** Two strings that a careless store could take for one, in random order. */
  Twin nextTwin() {
    // The serial keeps every pair new in the run; the difference comes after it.
    String base = "t" + ++serial + "-" + plain(1 + random.nextInt(12));
    String padded = base + "y".repeat(LIMIT - base.length());
    List<Twin> twins =
        List.of(
            Twin.secondUnstorable("a '?' and an unpaired surrogate", base + "?", base + "\uD800"),
            Twin.secondUnstorable(
                "U+FFFD and an unpaired surrogate", base + "\uFFFD", base + "\uDC00"),
            Twin.secondUnstorable("a trailing NUL", base, base + "\u0000"),
            Twin.secondUnstorable("the limit and a space past it", padded, padded + " "),
            Twin.bothStorable("a trailing space", base, base + " "),
            Twin.bothStorable("upper and lower case", base + "k", upper(base) + "K"),
            Twin.bothStorable("composed and decomposed e-acute", base + "\u00E9", base + "e\u0301"),
            Twin.bothStorable("a byte order mark", base, "\uFEFF" + base),
            Twin.bothStorable("fullwidth letters", base + "ab", base + "\uFF41\uFF42"),
            Twin.bothStorable("a no-break space and a space", base + "\u00A0", base + " "));
    Twin twin = twins.get(random.nextInt(twins.size()));
    return random.nextBoolean() ? twin : twin.swapped();
  }

  private String make(TextKind kind, int attempt) {
    int length = 1 + random.nextInt(attempt < 3 ? 24 : 60);
    switch (kind) {
      case PLAIN_ASCII:
        return plain(length);
      case ACCENTED:
        return mixed(length, ACCENTED);
      case ASTRAL:
        return withAstral(length);
      case CONTROL_CHARACTERS:
        return mixed(length, CONTROLS);
      case UNUSUAL_SPACES:
        return mixed(length, UNUSUAL_SPACES);
      case AT_THE_LIMIT:
        return atTheLimit();
      case WHITESPACE_ONLY:
        return blank(length);
      case NUL:
        return insert(plain(length), "\u0000");
      case LONE_SURROGATE:
        return insert(mixed(length, ACCENTED), loneSurrogate());
      case OVER_LONG:
        return plain(LIMIT + 1 + random.nextInt(300));
      default:
        throw new IllegalArgumentException(kind.name());
    }
  }

  // Starts with a lower-case letter, so it is never a configured currency code by chance.
  private String plain(int length) {
    StringBuilder text = new StringBuilder().append((char) ('a' + random.nextInt(26)));
    while (text.length() < length) {
      text.append(ASCII.charAt(random.nextInt(ASCII.length())));
    }
    return text.toString();
  }

  private String mixed(int length, String alphabet) {
    StringBuilder text = new StringBuilder(plain(1));
    while (text.length() < length) {
      String from = random.nextInt(3) == 0 ? ASCII : alphabet;
      text.append(from.charAt(random.nextInt(from.length())));
    }
    return text.toString();
  }

  private String withAstral(int length) {
    StringBuilder text = new StringBuilder(plain(1));
    while (text.length() < length) {
      text.append(ASTRAL.get(random.nextInt(ASTRAL.size())));
    }
    return text.toString();
  }

  // Exactly 255 UTF-16 units, sometimes ending in a pair of astral units, which must stay whole.
  private String atTheLimit() {
    if (random.nextBoolean()) {
      return plain(LIMIT - 2) + ASTRAL.get(random.nextInt(ASTRAL.size()));
    }
    return mixed(LIMIT, ACCENTED);
  }

  private String blank(int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(BLANKS.charAt(random.nextInt(BLANKS.length())));
    }
    return text.toString();
  }

  private String loneSurrogate() {
    char high = (char) (0xD800 + random.nextInt(0x400));
    char low = (char) (0xDC00 + random.nextInt(0x400));
    switch (random.nextInt(3)) {
      case 0:
        return String.valueOf(high);
      case 1:
        return String.valueOf(low);
      default:
        return "" + low + high; // a pair in the wrong order is two unpaired halves
    }
  }

  private String insert(String text, String piece) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + piece + text.substring(at);
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  /**
   * Two strings and what alone tells them apart.
   *
   * @param firstUnstorable whether no database can hold the first as sent
   * @param secondUnstorable whether no database can hold the second as sent
   */
  record Twin(
      String difference,
      String first,
      String second,
      boolean firstUnstorable,
      boolean secondUnstorable) {
    static Twin bothStorable(String difference, String first, String second) {
      return new Twin(difference, first, second, false, false);
    }

    static Twin secondUnstorable(String difference, String first, String second) {
      return new Twin(difference, first, second, false, true);
    }

    Twin swapped() {
      return new Twin(difference, second, first, secondUnstorable, firstUnstorable);
    }
  }
}
