package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.bootstrap.operator.OperatorApi;
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
      reply = path == null ? Reply.empty(errorStatus(request)) : answer(endpoint, head, request);
      if (reply.status() == 404 && reply.body().length == 0) {
        reply = Reply.empty(errorStatus(request));
      }
    } catch (RuntimeException unexpected) {
      reply = Reply.empty(errorStatus(request));
    }
    JettyFront.write(response, callback, reply, true);
    return true;
  }

  /**
   * A provider protocol has one signal for an answer it cannot give, its retry code; the operator
   * API can tell the platform that the request itself is wrong, so sending it again is no use.
   */
  private static Reply answer(ProtocolEndpoint endpoint, Exchange head, Request request) {
    int status = errorStatus(request);
    if (endpoint instanceof OperatorApi operator && status >= 400 && status < 500) {
      return operator.refusedByServer(status);
    }
    return endpoint.retryLater(head);
  }

  private static int errorStatus(Request request) {
    Object status =
        request.getAttribute(org.eclipse.jetty.server.handler.ErrorHandler.ERROR_STATUS);
    return status instanceof Integer code && code >= 400 ? code : 500;
  }
}
