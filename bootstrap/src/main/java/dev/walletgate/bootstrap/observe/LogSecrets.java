package dev.walletgate.bootstrap.observe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The configured secrets, masked out of every log line the service writes, its libraries' lines
 * included (a server that logs a request URI would otherwise print a token or a secret path).
 */
public final class LogSecrets {
  static final String MASK = "***";
  // Shorter values could hide ordinary words; no generated or sensible secret is that short.
  private static final int SHORTEST = 4;
  private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

  private LogSecrets() {}

  /**
   * Masks this secret from now on, as written and URL-encoded; a secret path also by each of its
   * segments that could be secret on its own.
   */
  public static void register(String secret) {
    if (secret == null || secret.length() < SHORTEST) {
      return;
    }
    add(secret);
    add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    if (secret.startsWith("/")) {
      for (String segment : secret.split("/")) {
        if (segment.length() >= 8) {
          add(segment);
        }
      }
    }
  }

  private static synchronized void add(String value) {
    if (!SECRETS.contains(value)) {
      SECRETS.add(value);
      // Longest first, so a secret that contains another is masked whole.
      SECRETS.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  /** The text with every registered secret replaced by {@value #MASK}. */
  public static String mask(String text) {
    if (text == null || SECRETS.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String secret : SECRETS) {
      if (masked.contains(secret)) {
        masked = masked.replace(secret, MASK);
      }
    }
    return masked;
  }
}
