package dev.walletgate.bootstrap.http;

import java.nio.charset.StandardCharsets;

/** A complete HTTP answer: status, content type (null when there is no body) and body. */
public record HttpAnswer(int status, String contentType, byte[] body) {
  public static final String JSON = "application/json";

  public HttpAnswer {
    body = body == null ? new byte[0] : body;
  }

  public static HttpAnswer empty(int status) {
    return new HttpAnswer(status, null, new byte[0]);
  }

  public static HttpAnswer text(int status, String contentType, String body) {
    return new HttpAnswer(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
