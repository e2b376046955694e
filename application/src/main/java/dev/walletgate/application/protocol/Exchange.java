package dev.walletgate.application.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as any server hands it to a {@link ProtocolEndpoint}, whatever the server:
 * nothing in it is trusted.
 *
 * @param method the request method, e.g. {@code POST} (an endpoint copes with null)
 * @param path the raw (undecoded) request path (an endpoint copes with null)
 * @param rawQuery the undecoded query string without {@code ?}, or null
 * @param headers the request headers; names are matched without regard to case
 * @param body the request body, empty when there is none (a server may stop reading one byte past
 *     the endpoint's limit, so that an oversized body is seen without reading all of it)
 * @param remoteAddress the peer's address as the server sees it, e.g. {@code 203.0.113.7}, or null
 */
public record Exchange(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    String remoteAddress) {
  public Exchange {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    }
    headers = java.util.Collections.unmodifiableMap(copy);
    body = body == null ? new byte[0] : body;
  }

  /** A request with only a content type among its headers. */
  public static Exchange of(
      String method,
      String path,
      String rawQuery,
      String contentType,
      byte[] body,
      String remoteAddress) {
    Map<String, List<String>> headers =
        contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
    return new Exchange(method, path, rawQuery, headers, body, remoteAddress);
  }

  /** The first value of a header, by a name in any case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The size the {@code Content-Length} header declares, or -1 when it declares none. */
  public long declaredLength() {
    try {
      return header("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The {@code Content-Type} header, or null. */
  public String contentType() {
    return header("Content-Type").orElse(null);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
