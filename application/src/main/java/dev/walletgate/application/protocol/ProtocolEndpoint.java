package dev.walletgate.application.protocol;

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

  /** Answers one exchange; every failure, expected or not, becomes an answer of the protocol. */
  Reply handle(Exchange exchange);
}
