package dev.walletgate.application.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer a {@link ProtocolEndpoint} gives, for the server to write back as it is.
 *
 * @param status the HTTP status
 * @param contentType the body's media type, or null when there is no body
 * @param body the body bytes; empty when there is none
 * @param headers further response headers by name (such as {@code WWW-Authenticate}); usually none
 */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  public static final String JSON = "application/json";

  public Reply {
    body = body == null ? new byte[0] : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** An answer with no further headers. */
  public Reply(int status, String contentType, byte[] body) {
    this(status, contentType, body, Map.of());
  }

  /** The same answer with one more header. */
  public Reply withHeader(String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, more);
  }

  /** A status with no body. */
  public static Reply empty(int status) {
    return new Reply(status, null, new byte[0]);
  }

  /** A status with a JSON body. */
  public static Reply json(int status, byte[] body) {
    return new Reply(status, JSON, body);
  }

  /** A status with a text body in UTF-8. */
  public static Reply text(int status, String contentType, String body) {
    return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The body as UTF-8 text (for logs and tests). */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
