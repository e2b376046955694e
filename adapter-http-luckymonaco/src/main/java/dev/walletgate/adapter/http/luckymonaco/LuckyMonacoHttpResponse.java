package dev.walletgate.adapter.http.luckymonaco;

import java.util.Objects;

/**
 * The HTTP answer {@link LuckyMonacoWalletHandler} gives: a status, and a JSON body or none.
 *
 * @param contentType null when there is no body
 * @param body empty when there is none
 */
public record LuckyMonacoHttpResponse(int status, String contentType, byte[] body) {
  static final String JSON = "application/json; charset=utf-8";

  public LuckyMonacoHttpResponse {
    body = Objects.requireNonNullElse(body, new byte[0]);
  }

  static LuckyMonacoHttpResponse json(int status, byte[] body) {
    return new LuckyMonacoHttpResponse(status, JSON, body);
  }

  static LuckyMonacoHttpResponse empty(int status) {
    return new LuckyMonacoHttpResponse(status, null, new byte[0]);
  }
}
