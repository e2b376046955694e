package com.example.boot;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the requests on Walletgate's protocol paths; every other request goes on as usual. */
public class ProtocolFilter extends HttpFilter {
  // One byte past the endpoints' default body limit: enough for them to see an oversized body.
  private static final int BODY_READ_LIMIT = ProtocolConfig.DEFAULT_MAX_BODY_BYTES + 1;

  private final transient List<ProtocolEndpoint> endpoints;

  public ProtocolFilter(List<ProtocolEndpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // README-BEGIN spring-http
    String path = request.getRequestURI();
    Optional<ProtocolEndpoint> endpoint =
        endpoints.stream().filter(e -> e.serves(path)).findFirst();
    if (endpoint.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    Reply reply =
        endpoint
            .get()
            .handle(
                new Exchange(
                    request.getMethod(),
                    path,
                    request.getQueryString(),
                    headers,
                    request.getInputStream().readNBytes(BODY_READ_LIMIT),
                    request.getRemoteAddr()));
    response.setStatus(reply.status());
    reply.headers().forEach(response::setHeader);
    if (reply.contentType() != null) {
      response.setContentType(reply.contentType());
    }
    response.setContentLength(reply.body().length);
    response.getOutputStream().write(reply.body());
    // README-END
  }
}
