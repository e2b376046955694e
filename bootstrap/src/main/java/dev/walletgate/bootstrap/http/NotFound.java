package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.util.Optional;

/**
 * Every path nothing serves: the same empty 404 a wrong secret path gets, so an unknown path never
 * tells whether it came near a secret.
 */
final class NotFound implements ProtocolEndpoint {
  static final NotFound INSTANCE = new NotFound();

  @Override
  public boolean serves(String path) {
    return true;
  }

  @Override
  public Optional<Reply> screen(Exchange head) {
    return Optional.of(Reply.empty(404));
  }

  @Override
  public Reply handle(Exchange exchange) {
    return Reply.empty(404);
  }

  @Override
  public Reply retryLater(Exchange head) {
    return Reply.empty(404);
  }
}
