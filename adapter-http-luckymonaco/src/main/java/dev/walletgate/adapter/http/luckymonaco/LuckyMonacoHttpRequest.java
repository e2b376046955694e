package dev.walletgate.adapter.http.luckymonaco;

/**
 * One HTTP request as any server hands it to {@link LuckyMonacoWalletHandler}: framework-neutral.
 *
 * @param rawQuery the undecoded query string without {@code ?}, or null
 * @param contentType the {@code Content-Type} header, or null
 * @param body the request body, empty (or null) when there is none
 */
public record LuckyMonacoHttpRequest(
    String method,
    String path,
    String rawQuery,
    String contentType,
    byte[] body,
    String remoteAddress) {
  public LuckyMonacoHttpRequest {
    body = body == null ? new byte[0] : body;
  }
}
