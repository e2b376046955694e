package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.util.Optional;
import java.util.function.Supplier;

/** One read-only path of the service itself, such as {@code /health} or {@code /metrics}. */
final class GetOnly implements ProtocolEndpoint {
  private final String path;
  private final Supplier<Reply> answer;

  GetOnly(String path, Supplier<Reply> answer) {
    this.path = path;
    this.answer = answer;
  }

  @Override
  public boolean serves(String requested) {
    return path.equals(requested);
  }

  @Override
  public Optional<Reply> screen(Exchange head) {
    return "GET".equals(head.method()) ? Optional.empty() : Optional.of(Reply.empty(405));
  }

  @Override
  public Reply handle(Exchange exchange) {
    return screen(exchange).orElseGet(answer);
  }

  @Override
  public Reply retryLater(Exchange head) {
    return Reply.empty(503);
  }
}
