package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.bootstrap.operator.OperatorApi;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the endpoint of a path, from the request line alone: health, metrics, the operator API,
 * then the first protocol endpoint that serves the path; any other path gets the same empty 404 as
 * a wrong secret path.
 */
public final class Router implements Function<Exchange, Reply> {
  private final List<ProtocolEndpoint> endpoints = new ArrayList<>();

  public Router(
      List<ProtocolEndpoint> protocols,
      OperatorApi operator,
      Supplier<Reply> health,
      Supplier<Reply> metrics) {
    endpoints.add(new GetOnly("/health", health));
    endpoints.add(new GetOnly("/health/ready", health));
    endpoints.add(new GetOnly("/health/live", Router::alive));
    endpoints.add(new GetOnly("/metrics", metrics));
    endpoints.add(operator);
    endpoints.addAll(protocols);
  }

  /** Liveness: the process answers; whether the database does is readiness's question. */
  private static Reply alive() {
    return Reply.text(200, Reply.JSON, "{\"status\":\"UP\"}");
  }

  /** The endpoint that answers requests on this raw path; never null. */
  public ProtocolEndpoint route(String path) {
    if (path != null) {
      for (ProtocolEndpoint endpoint : endpoints) {
        if (endpoint.serves(path)) {
          return endpoint;
        }
      }
    }
    return NotFound.INSTANCE;
  }

  /** Answers a complete exchange: the endpoint's screening first, then the endpoint. */
  @Override
  public Reply apply(Exchange call) {
    ProtocolEndpoint endpoint = route(call.path());
    return endpoint.screen(call).orElseGet(() -> endpoint.handle(call));
  }
}
