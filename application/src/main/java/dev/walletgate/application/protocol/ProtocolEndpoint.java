package dev.walletgate.application.protocol;

import java.util.Optional;

/**
 * Inbound port of one provider protocol, independent of any HTTP server: answers every exchange on
 * the paths it serves in its protocol's own terms. Never throws; one instance serves every thread.
 */
public interface ProtocolEndpoint {
  /**
   * Whether a request on this raw path is this endpoint's to answer. A host routes by it before
   * reading any body; an endpoint whose path is a secret compares it in constant time.
   */
  boolean serves(String path);

  /**
   * The answer when the request line and headers alone refuse the request (an unknown call, a wrong
   * credential, method, declared size or content type), so that a host can answer it without
   * reading the body; empty when the body is needed. The exchange has no body yet; its {@code
   * Content-Length} header, when present, is the declared size.
   */
  default Optional<Reply> screen(Exchange head) {
    return Optional.empty();
  }

  /** Answers one exchange; every failure, expected or not, becomes an answer of the protocol. */
  Reply handle(Exchange exchange);

  /**
   * The protocol's own "nothing was done, send it again" answer, for a request the host could not
   * hand over (its body did not arrive in time, the host is stopping or overloaded). The exchange
   * may have no body.
   */
  default Reply retryLater(Exchange head) {
    return Reply.empty(503);
  }

  /**
   * The answer to a request on this endpoint's path that the HTTP server refused before any
   * endpoint saw it (a malformed or ambiguous request line, headers too large), with the status the
   * server chose; by default the retry answer, for a protocol that has no other signal for it.
   */
  default Reply refusedByServer(Exchange head, int status) {
    return retryLater(head);
  }
}
