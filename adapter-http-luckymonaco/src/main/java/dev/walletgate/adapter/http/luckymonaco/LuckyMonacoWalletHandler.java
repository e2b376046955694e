package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.Integration;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Incoming HTTP adapter for LuckyMonaco's seamless-wallet calls (check, balance, bet, win, cancel),
 * framework-neutral: any server hands it a {@link Exchange} and writes back the {@link Reply}.
 * Never throws, and one instance serves every thread.
 *
 * <p>A request is checked in this order, and the first failing check answers:
 *
 * <ol>
 *   <li>the path is not {@code {base}/check|balance|bet|win|cancel}: 404, no body;
 *   <li>the {@code authToken} query parameter is missing or wrong: 200 {@code INVALID_TOKEN_ID}
 *       (LuckyMonaco's own answer for it, so it does not retry); nothing is read or stored (F3);
 *   <li>the method is not POST: 405, no body;
 *   <li>the body is over {@code maxBodyBytes}: 413, no body;
 *   <li>the content type is not JSON (UTF-8): 415, no body;
 *   <li>the body is not a JSON object with the call's fields: 200 {@code INVALID_PARAMETER} (F2).
 * </ol>
 *
 * <p>Then the call's use case runs: 200 with the status of the spec's outcome table, 503 {@code
 * TEMPORARY_ERROR} on a storage fault (LuckyMonaco retries, F1), 500 {@code UNKNOWN_ERROR} on
 * anything unexpected. Every body carries a fresh {@code uuid}, and {@code "retransmission": true}
 * only when the answer replays a recorded outcome (I2).
 */
public final class LuckyMonacoWalletHandler implements ProtocolEndpoint {
  private static final String INTEGRATION = Integration.LUCKYMONACO.value();

  private final LuckyMonacoConfig config;
  private final CallObserver observer;
  private final AuthToken token;
  private final WireJson json;
  private final AnswerWriter writer;
  private final LuckyMonacoCalls calls;

  /**
   * A handler that reports to no one.
   *
   * @throws IllegalArgumentException if the config has no token
   */
  public LuckyMonacoWalletHandler(LuckyMonacoConfig config, ProviderUseCases useCases) {
    this(config, useCases, CallObserver.NONE);
  }

  /**
   * @throws IllegalArgumentException if the config has no token
   */
  public LuckyMonacoWalletHandler(
      LuckyMonacoConfig config, ProviderUseCases useCases, CallObserver observer) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(useCases, "useCases");
    this.observer = Objects.requireNonNull(observer, "observer");
    if (!config.hasToken()) {
      throw new IllegalArgumentException(
          "luckymonaco.token is not configured: LuckyMonaco is not served without it");
    }
    this.token = new AuthToken(config.token());
    this.json = new WireJson();
    this.writer = new AnswerWriter(json);
    this.calls = new LuckyMonacoCalls(useCases);
  }

  /** Every path under the base path: an unknown call there is answered 404 here. */
  @Override
  public boolean serves(String path) {
    return path != null && path.startsWith(config.basePath() + "/");
  }

  /** Answers one request; every failure becomes an answer, and the call is reported once. */
  @Override
  public Reply handle(Exchange request) {
    long started = System.nanoTime();
    AnsweredCall exchange;
    Reply response;
    try {
      exchange = decide(request);
      response = writer.write(exchange.answer());
    } catch (RuntimeException unexpected) {
      exchange =
          AnsweredCall.of(
              AnsweredCall.UNKNOWN_CALL,
              Answer.status(500, LuckyMonacoStatus.UNKNOWN_ERROR, "ERROR"));
      response = AnswerWriter.unknownError();
    }
    observe(exchange, Duration.ofNanos(System.nanoTime() - started));
    return response;
  }

  /** The checks on the request line and headers, before any body is read. */
  @Override
  public Optional<Reply> screen(Exchange head) {
    long started = System.nanoTime();
    Optional<AnsweredCall> refused;
    try {
      refused = head == null ? Optional.of(notFound()) : refusedBeforeBody(head);
    } catch (RuntimeException unexpected) {
      return Optional.of(handle(head));
    }
    refused.ifPresent(r -> observe(r, Duration.ofNanos(System.nanoTime() - started)));
    return refused.map(r -> writer.write(r.answer()));
  }

  /** LuckyMonaco's retry signal: 503 {@code TEMPORARY_ERROR}, nothing done. */
  @Override
  public Reply retryLater(Exchange head) {
    long started = System.nanoTime();
    Optional<LuckyMonacoCall> call =
        head == null ? Optional.empty() : LuckyMonacoCall.route(config.basePath(), head.path());
    AnsweredCall answered =
        call.map(
                c ->
                    AnsweredCall.of(
                        c.wireName(),
                        Answer.status(503, LuckyMonacoStatus.TEMPORARY_ERROR, "RETRY")))
            .orElseGet(LuckyMonacoWalletHandler::notFound);
    observe(answered, Duration.ofNanos(System.nanoTime() - started));
    return writer.write(answered.answer());
  }

  private static AnsweredCall notFound() {
    return AnsweredCall.of(AnsweredCall.UNKNOWN_CALL, Answer.noBody(404, "NOT_FOUND"));
  }

  private AnsweredCall decide(Exchange request) {
    Optional<AnsweredCall> refused = refusedBeforeBody(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    LuckyMonacoCall call = LuckyMonacoCall.route(config.basePath(), request.path()).orElseThrow();
    ObjectNode body;
    try {
      body = json.readObject(request.body());
    } catch (InvalidParameterException invalid) {
      return AnsweredCall.of(call.wireName(), Answer.invalidParameter(invalid.reason()));
    }
    return calls.answer(call, body);
  }

  /** Checks 1 to 5 of the class comment: path, token, method, size, content type. */
  private Optional<AnsweredCall> refusedBeforeBody(Exchange request) {
    Optional<LuckyMonacoCall> call = LuckyMonacoCall.route(config.basePath(), request.path());
    if (call.isEmpty()) {
      return Optional.of(notFound());
    }
    String name = call.get().wireName();
    if (!token.accepts(request.rawQuery())) {
      return Optional.of(
          AnsweredCall.of(
              name, Answer.status(200, LuckyMonacoStatus.INVALID_TOKEN_ID, "INVALID_TOKEN_ID")));
    }
    if (!"POST".equals(request.method())) {
      return Optional.of(AnsweredCall.of(name, Answer.noBody(405, "METHOD_NOT_ALLOWED")));
    }
    if (request.body().length > config.maxBodyBytes()
        || request.declaredLength() > config.maxBodyBytes()) {
      return Optional.of(AnsweredCall.of(name, Answer.noBody(413, "PAYLOAD_TOO_LARGE")));
    }
    if (!JsonContentType.accepts(request.contentType())) {
      return Optional.of(AnsweredCall.of(name, Answer.noBody(415, "UNSUPPORTED_MEDIA_TYPE")));
    }
    return Optional.empty();
  }

  private void observe(AnsweredCall exchange, Duration elapsed) {
    try {
      observer.observed(
          new CallReport(
              INTEGRATION,
              exchange.call(),
              exchange.requestId(),
              exchange.key(),
              exchange.answer().outcome(),
              exchange.answer().retransmission(),
              elapsed));
    } catch (RuntimeException ignored) {
      // An observer must not throw; if one does, the caller still gets its answer.
    }
  }
}
