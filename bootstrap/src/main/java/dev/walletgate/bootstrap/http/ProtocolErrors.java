package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, for the errors the server raises itself (a malformed request, headers too
 * large, a failure outside any handler): a path that an endpoint serves gets that endpoint's retry
 * signal, any other an empty body with the status; the operator API answers a client error in its
 * own terms instead. Never a server page, never exception text.
 */
public final class ProtocolErrors implements Request.Handler {
  private final Router router;

  public ProtocolErrors(Router router) {
    this.router = router;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Reply reply;
    try {
      HttpURI uri = request.getHttpURI();
      String path = uri == null ? null : uri.getPath();
      ProtocolEndpoint endpoint = router.route(path);
      Exchange head =
          new Exchange(
              request.getMethod(),
              path,
              uri == null ? null : uri.getQuery(),
              Map.<String, List<String>>of(),
              null,
              Request.getRemoteAddr(request));
      reply =
          path == null
              ? Reply.empty(errorStatus(request))
              : endpoint.refusedByServer(head, errorStatus(request));
      if (reply.status() == 404 && reply.body().length == 0) {
        reply = Reply.empty(errorStatus(request));
      }
    } catch (RuntimeException unexpected) {
      reply = Reply.empty(errorStatus(request));
    }
    JettyFront.write(response, callback, reply, true);
    return true;
  }

  private static int errorStatus(Request request) {
    Object status =
        request.getAttribute(org.eclipse.jetty.server.handler.ErrorHandler.ERROR_STATUS);
    return status instanceof Integer code && code >= 400 ? code : 500;
  }
}
