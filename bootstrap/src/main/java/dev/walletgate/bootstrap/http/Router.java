package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.bootstrap.operator.OperatorApi;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends each call to its handler: health, metrics, the operator API, then the first protocol
 * endpoint that serves the path. Any other path gets the same empty 404 as a wrong secret path, so
 * an unknown path never tells whether it came near a secret.
 */
public final class Router implements Function<Exchange, Reply> {
  private final List<ProtocolEndpoint> protocols;
  private final OperatorApi operator;
  private final Supplier<Reply> health;
  private final Supplier<Reply> metrics;

  public Router(
      List<ProtocolEndpoint> protocols,
      OperatorApi operator,
      Supplier<Reply> health,
      Supplier<Reply> metrics) {
    this.protocols = List.copyOf(protocols);
    this.operator = operator;
    this.health = health;
    this.metrics = metrics;
  }

  @Override
  public Reply apply(Exchange call) {
    String path = call.path();
    if (path.equals("/health")) {
      return onlyGet(call, health);
    }
    if (path.equals("/metrics")) {
      return onlyGet(call, metrics);
    }
    if (path.equals(OperatorApi.PREFIX) || path.startsWith(OperatorApi.PREFIX + "/")) {
      return operator.handle(call);
    }
    for (ProtocolEndpoint protocol : protocols) {
      if (protocol.serves(path)) {
        return protocol.handle(call);
      }
    }
    return Reply.empty(404);
  }

  private static Reply onlyGet(Exchange call, Supplier<Reply> answer) {
    return call.method().equals("GET") ? answer.get() : Reply.empty(405);
  }
}
