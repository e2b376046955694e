package dev.walletgate.bootstrap.http;

import dev.walletgate.adapter.http.kyren.KyrenHttpRequest;
import dev.walletgate.adapter.http.kyren.KyrenHttpResponse;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoHttpRequest;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoHttpResponse;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.bootstrap.operator.OperatorApi;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends each call to its handler: health, metrics, the operator API, LuckyMonaco by its base path,
 * and everything else to Kyren, whose handler answers an empty 404 for any path but its secret one,
 * so an unknown path never tells whether it came near the secret.
 */
public final class Router implements Function<IncomingCall, HttpAnswer> {
  private final KyrenWalletHandler kyren;
  private final LuckyMonacoWalletHandler luckyMonaco;
  private final String luckyMonacoPrefix;
  private final OperatorApi operator;
  private final Supplier<HttpAnswer> health;
  private final Supplier<HttpAnswer> metrics;

  public Router(
      KyrenWalletHandler kyren,
      LuckyMonacoWalletHandler luckyMonaco,
      String luckyMonacoBasePath,
      OperatorApi operator,
      Supplier<HttpAnswer> health,
      Supplier<HttpAnswer> metrics) {
    this.kyren = kyren;
    this.luckyMonaco = luckyMonaco;
    this.luckyMonacoPrefix = luckyMonacoBasePath + "/";
    this.operator = operator;
    this.health = health;
    this.metrics = metrics;
  }

  @Override
  public HttpAnswer apply(IncomingCall call) {
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
    if (path.startsWith(luckyMonacoPrefix)) {
      LuckyMonacoHttpResponse r =
          luckyMonaco.handle(
              new LuckyMonacoHttpRequest(
                  call.method(),
                  path,
                  call.rawQuery(),
                  call.contentType(),
                  call.body(),
                  call.remoteAddress()));
      return new HttpAnswer(r.status(), r.contentType(), r.body());
    }
    KyrenHttpResponse r =
        kyren.handle(
            new KyrenHttpRequest(
                call.method(),
                path,
                call.rawQuery(),
                call.contentType(),
                call.body(),
                call.remoteAddress()));
    return new HttpAnswer(r.status(), r.contentType(), r.body());
  }

  private static HttpAnswer onlyGet(IncomingCall call, Supplier<HttpAnswer> answer) {
    return call.method().equals("GET") ? answer.get() : HttpAnswer.empty(405);
  }
}
