package dev.walletgate.adapter.http.luckymonaco;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the {@code authToken} query parameter against the configured token in constant time: both
 * are hashed first, so neither the content nor the length of the token shows in the timing.
 */
final class AuthToken {
  private static final String PARAMETER = "authToken";

  private final byte[] expectedDigest;

  AuthToken(String token) {
    this.expectedDigest = sha256(token);
  }

  /** Whether the query carries exactly one {@code authToken}, URL-decoded equal to the token. */
  boolean accepts(String rawQuery) {
    String given = find(rawQuery);
    // Always compare, even without a token, so a missing one takes the same path.
    boolean equal = MessageDigest.isEqual(expectedDigest, sha256(given == null ? "" : given));
    return given != null && equal;
  }

  private static String find(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    String found = null;
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (!PARAMETER.equals(name)) {
        continue;
      }
      if (found != null || eq < 0) {
        return null; // repeated or without a value: ambiguous, so refused
      }
      found = decode(pair.substring(eq + 1));
      if (found == null) {
        return null;
      }
    }
    return found;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      return null;
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
