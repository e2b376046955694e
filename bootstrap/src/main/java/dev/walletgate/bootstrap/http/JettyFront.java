package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Adapts Jetty's request to an {@link Exchange} and writes back the {@link Reply} the router gives.
 * Bodies are read up to one byte past the limit and no further.
 */
public final class JettyFront extends Handler.Abstract {
  private static final HttpField NO_STORE =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField JSON =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, Reply.JSON);

  private final int bodyLimit;
  private final Function<Exchange, Reply> router;

  public JettyFront(int bodyLimit, Function<Exchange, Reply> router) {
    this.bodyLimit = bodyLimit;
    this.router = router;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Reply answer;
    long declared = request.getLength();
    if (declared > bodyLimit) {
      answer = Reply.empty(413);
    } else {
      answer = router.apply(toCall(request));
    }
    response.setStatus(answer.status());
    if (Reply.JSON.equals(answer.contentType())) {
      response.getHeaders().put(JSON);
    } else if (answer.contentType() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    }
    response.getHeaders().put(NO_STORE);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  private Exchange toCall(Request request) throws java.io.IOException {
    byte[] body = body(request, request.getLength());
    return new Exchange(
        request.getMethod(),
        request.getHttpURI().getPath(),
        request.getHttpURI().getQuery(),
        headers(request),
        body,
        Request.getRemoteAddr(request));
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  /**
   * The body, up to one byte past the limit. With a declared length (already checked against the
   * limit) it is read into an array of that size; InputStream.readNBytes(int) would take an 8 KiB
   * scratch buffer and a copy for every request. Without one (chunked), up to the limit plus one.
   */
  private byte[] body(Request request, long declared) throws java.io.IOException {
    if (declared == 0) {
      return new byte[0];
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      if (declared < 0) {
        return in.readNBytes(bodyLimit + 1);
      }
      byte[] body = new byte[(int) declared];
      int read = in.readNBytes(body, 0, body.length);
      return read == body.length ? body : Arrays.copyOf(body, read);
    }
  }
}
