package dev.walletgate.bootstrap.operator;

import dev.walletgate.application.protocol.StrictUtf8;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of the operator API's path segments and query values that refuses, rather than
 * replaces, what is not UTF-8: {@link java.net.URLDecoder} turns every malformed sequence into
 * U+FFFD, so two different ids sent by the platform would be stored as one.
 */
final class PercentDecoding {
  private PercentDecoding() {}

  /**
   * The decoded text, or a 400 {@link Problem}.
   *
   * @param plusIsSpace whether {@code +} means a space (in a query) or itself (in a path)
   */
  static String decode(String text, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? hexDigit(text.charAt(i + 1)) : -1;
        int low = i + 2 < text.length() ? hexDigit(text.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          throw Problem.badRequest("malformed percent-encoding");
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        // A character the server left undecoded: its UTF-8 bytes, checked like the escapes.
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        String character = text.substring(i, end);
        if (character.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
          throw Problem.badRequest("the path or query is not UTF-8");
        }
        bytes.writeBytes(character.getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return StrictUtf8.decode(bytes.toByteArray())
        .orElseThrow(() -> Problem.badRequest("the path or query is not UTF-8 once decoded"));
  }

  // ASCII only: Character.digit would also take other scripts' digits.
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
