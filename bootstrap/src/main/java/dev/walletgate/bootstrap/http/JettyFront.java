package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Adapts Jetty's requests to {@link Exchange}s and writes back each {@link Reply}. A request is
 * routed and screened on its request line and headers first, so a caller that is refused (not
 * authenticated, unknown path, wrong method, size or type) is answered without its body being read.
 * A body is then read without holding a thread, within a deadline; the endpoint runs once it has
 * arrived. A body that does not arrive in time, a stop or an overload is answered with the
 * endpoint's own retry signal, never with a server page.
 */
public final class JettyFront extends Handler.Abstract {
  private static final HttpField NO_STORE =
      new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField JSON =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, Reply.JSON);
  private static final HttpField CLOSE =
      new PreEncodedHttpField(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
  private static final byte[] NO_BODY = new byte[0];

  private final int bodyLimit;
  private final Duration readTimeout;
  private final int maxWaiting;
  private final Function<String, ProtocolEndpoint> routes;
  private final AtomicInteger waiting = new AtomicInteger();
  private volatile boolean stopping;

  /**
   * @param readTimeout how long a request's body may take to arrive in full
   * @param maxWaiting how many requests may wait for a worker; more are answered "retry"
   * @param routes the endpoint of a raw path (never null)
   */
  public JettyFront(
      int bodyLimit,
      Duration readTimeout,
      int maxWaiting,
      Function<String, ProtocolEndpoint> routes) {
    super(InvocationType.NON_BLOCKING);
    this.bodyLimit = bodyLimit;
    this.readTimeout = readTimeout;
    this.maxWaiting = maxWaiting;
    this.routes = routes;
  }

  /** From now on every new request gets its endpoint's retry signal and its connection closed. */
  public void stopTakingRequests() {
    stopping = true;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange head = exchange(request, NO_BODY);
    ProtocolEndpoint endpoint = routes.apply(head.path());
    if (stopping) {
      write(response, callback, endpoint.retryLater(head), true);
      return true;
    }
    Optional<Reply> refused = endpoint.screen(head);
    if (refused.isPresent()) {
      answerThenDiscardBody(request, response, callback, refused.get());
      return true;
    }
    if (head.declaredLength() > bodyLimit) {
      write(response, callback, Reply.empty(413), true);
      return true;
    }
    CompletableFuture<byte[]> body = readBody(request);
    Executor workers = request.getComponents().getThreadPool();
    body.whenComplete(
        (bytes, failure) -> {
          // Only a request whose body is in waits for a worker: a slow body never takes a place.
          if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            write(response, callback, endpoint.retryLater(head), false);
            return;
          }
          workers.execute(
              () -> {
                waiting.decrementAndGet();
                write(response, callback, answer(endpoint, request, bytes, failure), false);
              });
        });
    return true;
  }

  /**
   * Answers at once, then reads and drops the body the caller still sends, holding no thread, so
   * that a kept-alive connection stays usable and the answer is not lost to a reset; a body that
   * has not ended by the read deadline ends the exchange and the connection.
   */
  private void answerThenDiscardBody(
      Request request, Response response, Callback callback, Reply answer) {
    if (request.getLength() == 0) {
      write(response, callback, answer, false);
      return;
    }
    Callback afterAnswer =
        Callback.from(
            () -> {
              CompletableFuture<byte[]> rest = readBody(request);
              rest.whenComplete(
                  (bytes, failure) -> {
                    if (failure == null) {
                      callback.succeeded();
                    } else {
                      callback.failed(failure);
                    }
                  });
            },
            callback::failed);
    write(response, afterAnswer, answer, false);
  }

  private CompletableFuture<byte[]> readBody(Request request) {
    if (request.getLength() == 0) {
      return CompletableFuture.completedFuture(NO_BODY);
    }
    CompletableFuture<byte[]> body = BodyReader.read(request, bodyLimit, request.getLength());
    Scheduler scheduler = request.getComponents().getScheduler();
    Scheduler.Task deadline =
        scheduler.schedule(
            () -> body.completeExceptionally(new TimeoutException("body not in time")),
            readTimeout.toMillis(),
            TimeUnit.MILLISECONDS);
    body.whenComplete((bytes, failure) -> deadline.cancel());
    return body;
  }

  private Reply answer(ProtocolEndpoint endpoint, Request request, byte[] body, Throwable failure) {
    if (failure == null) {
      return endpoint.handle(exchange(request, body));
    }
    return endpoint.retryLater(exchange(request, NO_BODY));
  }

  static Exchange exchange(Request request, byte[] body) {
    return new Exchange(
        request.getMethod(),
        request.getHttpURI().getPath(),
        request.getHttpURI().getQuery(),
        headers(request),
        body,
        Request.getRemoteAddr(request));
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  static void write(Response response, Callback callback, Reply answer, boolean close) {
    response.setStatus(answer.status());
    if (Reply.JSON.equals(answer.contentType())) {
      response.getHeaders().put(JSON);
    } else if (answer.contentType() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    }
    response.getHeaders().put(NO_STORE);
    answer.headers().forEach(response.getHeaders()::put);
    if (close) {
      response.getHeaders().put(CLOSE);
    }
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }
}
