package dev.walletgate.bootstrap.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
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
    if (answer.contentType() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    }
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  private IncomingCall toCall(Request request) throws java.io.IOException {
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(bodyLimit + 1);
    }
    return new IncomingCall(
        request.getMethod(),
        request.getHttpURI().getPath(),
        request.getHttpURI().getQuery(),
        request.getHeaders().get(HttpHeader.CONTENT_TYPE),
        Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)),
        body,
        Request.getRemoteAddr(request));
  }
}
