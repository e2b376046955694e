package dev.walletgate.adapter.http.kyren;

/**
 * One HTTP request as any server hands it to {@link KyrenWalletHandler}: nothing here is trusted.
 *
 * @param rawQuery the query string, or null (Kyren sends none; it is ignored)
 * @param contentType the Content-Type header, or null
 * @param body the raw body bytes (null is read as empty)
 * @param remoteAddress the peer's address as the server sees it, e.g. {@code 203.0.113.7}
 */
public record KyrenHttpRequest(
    String method,
    String path,
    String rawQuery,
    String contentType,
    byte[] body,
    String remoteAddress) {
  public KyrenHttpRequest {
    body = body == null ? new byte[0] : body;
  }
}
