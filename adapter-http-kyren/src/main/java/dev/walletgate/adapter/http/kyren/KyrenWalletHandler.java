package dev.walletgate.adapter.http.kyren;

import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.UnstorableValueException;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Incoming HTTP adapter for Kyren's seamless-wallet calls, independent of any server: checks the
 * transport, reads the JSON body, runs the call's use case and answers the spec's body. Never
 * throws; one instance serves every thread.
 */
public final class KyrenWalletHandler implements ProtocolEndpoint {
  private static final String INTEGRATION = "kyren";
  private static final String UNKNOWN_CALL = "unknown";

  private final KyrenGate gate;
  private final KyrenJson json;
  private final KyrenCalls calls;
  private final CallObserver observer;

  /** A handler that reports to no one. */
  public KyrenWalletHandler(KyrenConfig config, ProviderUseCases useCases) {
    this(config, useCases, CallObserver.NONE);
  }

  public KyrenWalletHandler(KyrenConfig config, ProviderUseCases useCases, CallObserver observer) {
    Objects.requireNonNull(config, "config");
    this.gate = new KyrenGate(config);
    this.json = new KyrenJson();
    this.calls = new KyrenCalls(Objects.requireNonNull(useCases, "useCases"));
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /** Only the paths under the secret base path; the comparison takes constant time. */
  @Override
  public boolean serves(String path) {
    return gate.serves(path);
  }

  /**
   * Answers one request: an empty 404, 405, 413 or 415 when the transport checks refuse it, else
   * HTTP 200 with the Kyren body. Every failure, expected or not, becomes an answer.
   */
  @Override
  public Reply handle(Exchange request) {
    long started = System.nanoTime();
    try {
      return answer(request, started);
    } catch (RuntimeException unexpected) {
      // A last safety net: the steps below already turn every failure they expect into an answer.
      report(UNKNOWN_CALL, null, null, "ERROR", false, started);
      return Reply.json(200, KyrenJson.unexpectedBody());
    }
  }

  /** The transport checks on the request line and headers, before any body is read. */
  @Override
  public Optional<Reply> screen(Exchange head) {
    long started = System.nanoTime();
    KyrenGate.Verdict verdict = head == null ? KyrenGate.Verdict.notFound() : gate.check(head);
    return verdict.passed() ? Optional.empty() : Optional.of(refused(verdict, started));
  }

  /** Kyren's retry code for the call (997 for EndRound, else 998), in an HTTP 200 as always. */
  @Override
  public Reply retryLater(Exchange head) {
    long started = System.nanoTime();
    Optional<KyrenCall> call = head == null ? Optional.empty() : gate.call(head.path());
    if (call.isEmpty()) {
      return refused(KyrenGate.Verdict.notFound(), started);
    }
    KyrenAnswer answer = KyrenAnswer.retry(call.get());
    Reply response = Reply.json(200, json.write(call.get(), answer));
    report(call.get().pathName(), null, null, answer.reportedOutcome(), false, started);
    return response;
  }

  private Reply answer(Exchange request, long started) {
    if (request == null) {
      return refused(KyrenGate.Verdict.notFound(), started);
    }
    KyrenGate.Verdict verdict = gate.check(request);
    if (!verdict.passed()) {
      return refused(verdict, started);
    }
    KyrenCall call = verdict.call().get();
    String requestId = null;
    String key = null;
    KyrenAnswer answer;
    boolean replayed = false;
    KyrenFields fields = null;
    try {
      fields = new KyrenFields(json.readObject(request.body()));
      KyrenCalls.Handled handled = calls.run(call, fields);
      answer = handled.answer();
      replayed = handled.replayed();
    } catch (InvalidKyrenRequest invalid) {
      answer = invalid.answer();
    } catch (UnstorableValueException refused) {
      // The database refused a value as data: a retry would meet it again (no 998).
      answer = KyrenAnswer.invalidParameters("a value cannot be stored");
    } catch (StorageException fault) {
      answer = KyrenAnswer.retry(call);
    } catch (RuntimeException unexpected) {
      answer = KyrenAnswer.unexpected();
    }
    Reply response = Reply.json(200, json.write(call, answer));
    if (fields != null) {
      requestId = fields.reportedText("uuid");
      key = fields.reportedText("reference");
    }
    report(call.pathName(), requestId, key, answer.reportedOutcome(), replayed, started);
    return response;
  }

  private Reply refused(KyrenGate.Verdict verdict, long started) {
    String call = verdict.call().map(KyrenCall::pathName).orElse(UNKNOWN_CALL);
    report(call, null, null, outcomeName(verdict.refusedWith()), false, started);
    return Reply.empty(verdict.refusedWith());
  }

  private static String outcomeName(int status) {
    switch (status) {
      case KyrenGate.METHOD_NOT_ALLOWED:
        return "METHOD_NOT_ALLOWED";
      case KyrenGate.PAYLOAD_TOO_LARGE:
        return "PAYLOAD_TOO_LARGE";
      case KyrenGate.UNSUPPORTED_MEDIA_TYPE:
        return "UNSUPPORTED_MEDIA_TYPE";
      default:
        return "NOT_FOUND";
    }
  }

  private void report(
      String call, String requestId, String key, String outcome, boolean replayed, long started) {
    try {
      observer.observed(
          new CallReport(
              INTEGRATION,
              call,
              requestId,
              key,
              outcome,
              replayed,
              Duration.ofNanos(System.nanoTime() - started)));
    } catch (RuntimeException ignored) {
      // An observer must not throw; if one does, the answer still goes out.
    }
  }
}
