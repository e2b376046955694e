package com.example.plain;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Hands each request to the protocol endpoint whose path it is and writes back its reply. */
final class EndpointHandler implements HttpHandler {
  // One byte past the endpoints' default body limit: enough for them to see an oversized body.
  private static final int BODY_READ_LIMIT = 65536 + 1;

  private final List<ProtocolEndpoint> endpoints;

  EndpointHandler(List<ProtocolEndpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  @Override
  public void handle(HttpExchange http) throws IOException {
    try {
      // README-BEGIN plain-http
      URI uri = http.getRequestURI();
      Optional<ProtocolEndpoint> endpoint =
          endpoints.stream().filter(e -> e.serves(uri.getRawPath())).findFirst();
      if (endpoint.isEmpty()) {
        http.sendResponseHeaders(404, -1);
        return;
      }
      Reply reply =
          endpoint
              .get()
              .handle(
                  new Exchange(
                      http.getRequestMethod(),
                      uri.getRawPath(),
                      uri.getRawQuery(),
                      http.getRequestHeaders(),
                      http.getRequestBody().readNBytes(BODY_READ_LIMIT),
                      http.getRemoteAddress().getAddress().getHostAddress()));
      reply.headers().forEach(http.getResponseHeaders()::set);
      if (reply.contentType() != null) {
        http.getResponseHeaders().set("Content-Type", reply.contentType());
      }
      http.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      http.getResponseBody().write(reply.body());
      // README-END
    } finally {
      http.close();
    }
  }
}
