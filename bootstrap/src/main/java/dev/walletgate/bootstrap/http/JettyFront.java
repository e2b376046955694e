package dev.walletgate.bootstrap.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
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
 * Adapts Jetty's request to an {@link IncomingCall} and writes back the {@link HttpAnswer} the
 * router gives. Bodies are read up to one byte past the limit and no further.
 */
public final class JettyFront extends Handler.Abstract {
  private static final HttpField NO_STORE =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField JSON =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, HttpAnswer.JSON);

  private final int bodyLimit;
  private final Function<IncomingCall, HttpAnswer> router;

  public JettyFront(int bodyLimit, Function<IncomingCall, HttpAnswer> router) {
    this.bodyLimit = bodyLimit;
    this.router = router;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpAnswer answer;
    long declared = request.getLength();
    if (declared > bodyLimit) {
      answer = HttpAnswer.empty(413);
    } else {
      answer = router.apply(toCall(request));
    }
    response.setStatus(answer.status());
    if (HttpAnswer.JSON.equals(answer.contentType())) {
      response.getHeaders().put(JSON);
    } else if (answer.contentType() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    }
    response.getHeaders().put(NO_STORE);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  private IncomingCall toCall(Request request) throws java.io.IOException {
    byte[] body = body(request, request.getLength());
    return new IncomingCall(
        request.getMethod(),
        request.getHttpURI().getPath(),
        request.getHttpURI().getQuery(),
        request.getHeaders().get(HttpHeader.CONTENT_TYPE),
        Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)),
        body,
        Request.getRemoteAddr(request));
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
