package dev.walletgate.application.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes request bytes as UTF-8 or not at all. The lenient decoders ({@code new String(bytes,
 * UTF_8)}, {@code URLDecoder}) put U+FFFD in place of every malformed sequence (overlong forms,
 * encoded surrogates, stray bytes), so two different ids sent by a client would be stored as one.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /** The text the bytes encode, or empty when they are not well-formed UTF-8. */
  public static Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
