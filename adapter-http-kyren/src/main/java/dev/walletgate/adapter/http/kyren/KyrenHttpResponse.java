package dev.walletgate.adapter.http.kyren;

import java.nio.charset.StandardCharsets;

/**
 * The answer {@link KyrenWalletHandler} gives: a status, and a JSON body or none.
 *
 * @param contentType {@code application/json} with a body, null without one
 * @param body the body bytes; empty when there is none
 */
public record KyrenHttpResponse(int status, String contentType, byte[] body) {
  static final String JSON = "application/json";

  public KyrenHttpResponse {
    body = body == null ? new byte[0] : body;
  }

  /** A status with no body (404, 405, 413, 415). */
  static KyrenHttpResponse empty(int status) {
    return new KyrenHttpResponse(status, null, new byte[0]);
  }

  /** An HTTP 200 with a JSON body. */
  static KyrenHttpResponse json(byte[] body) {
    return new KyrenHttpResponse(200, JSON, body);
  }

  /** The body as UTF-8 text (for logs and tests). */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
