package dev.walletgate.adapter.http.luckymonaco;

import static dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Snapshot;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.testing.TestWallet;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Transport and security: routing, the authToken, method, size and content type, their order, and
 * the call reports.
 */
class LuckyMonacoTransportTest {
  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();

  private ObjectNode body(String call) {
    switch (call) {
      case "check":
        return lm.check("req-1");
      case "balance":
        return lm.balance("req-1");
      case "bet":
        return lm.bet("req-1", "tx-1", "1.00");
      case "win":
        return lm.win("req-1", "tx-1", "1.00", "ok").put("bonus", "FS");
      default:
        return lm.cancel("req-1", "tx-1");
    }
  }

  // Bad token at every call touches nothing.

  static Stream<Arguments> badTokens() {
    Stream.Builder<Arguments> cases = Stream.builder();
    String[] queries = {
      null,
      "",
      "authToken=",
      "authToken",
      "authToken=wrong",
      "authToken=" + TOKEN.toUpperCase(),
      "authToken=" + TOKEN + "x",
      "authToken=" + TOKEN.substring(1),
      "authtoken=" + TOKEN,
      "authToken=" + TOKEN + "&authToken=" + TOKEN,
      "authToken=%zz" + TOKEN,
      "token=" + TOKEN
    };
    for (String call : new String[] {"check", "balance", "bet", "win", "cancel"}) {
      for (String query : queries) {
        cases.add(Arguments.of(call, query));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} with query {1}")
  @MethodSource("badTokens")
  void F3_badToken_everyCall_invalidTokenIdAndNothingTouched(String call, String query) {
    Snapshot before = lm.snapshot();

    Reply reply = lm.send("POST", "/luckymonaco/" + call, query, body(call).toString());

    reply.isFirst("INVALID_TOKEN_ID").isBare();
    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored("req-1")).isFalse();
    assertThat(lm.reports).singleElement().satisfies(r -> assertThat(r.requestId()).isNull());
  }

  @Test
  void F3_badToken_useCasesNeverCalled() {
    ProviderUseCases exploding =
        new ProviderUseCases(
            c -> {
              throw new AssertionError("check called");
            },
            c -> {
              throw new AssertionError("balance called");
            },
            c -> {
              throw new AssertionError("bet called");
            },
            c -> {
              throw new AssertionError("win called");
            },
            c -> {
              throw new AssertionError("end round called");
            },
            c -> {
              throw new AssertionError("session expired called");
            },
            c -> {
              throw new AssertionError("cancel called");
            },
            c -> {
              throw new AssertionError("refund called");
            });
    LuckyMonacoWalletHandler handler =
        new LuckyMonacoWalletHandler(
            LuckyMonacoConfig.defaults().withToken(TOKEN), exploding, CallObserver.NONE);

    for (String call : new String[] {"check", "balance", "bet", "win", "cancel"}) {
      dev.walletgate.application.protocol.Reply response =
          handler.handle(
              Exchange.of(
                  "POST",
                  "/luckymonaco/" + call,
                  "authToken=nope",
                  "application/json",
                  body(call).toString().getBytes(StandardCharsets.UTF_8),
                  "127.0.0.1"));
      new Reply(response).isFirst("INVALID_TOKEN_ID");
    }
  }

  @Test
  void urlEncodedToken_isDecodedAndAccepted() {
    String token = "a b+c/d=é&";
    LuckyMonacoTestClient special =
        new LuckyMonacoTestClient(
            TestWallet.inMemory(), LuckyMonacoConfig.defaults().withToken(token));

    Reply reply =
        special.send(
            "POST",
            "/luckymonaco/check",
            "game=1&authToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&x=y",
            special.check("r").toString());

    reply.isFirst("OK");
  }

  // Routing.

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "/",
        "/luckymonaco",
        "/luckymonaco/",
        "/luckymonaco/refund",
        "/luckymonaco/bet/",
        "/luckymonaco/BET",
        "/luckymonacobet",
        "/other/bet",
        "/luckymonaco/bet/extra",
        "/luckymonaco//bet"
      })
  void unknownPath_404WithoutBodyAndNothingTouched(String path) {
    Snapshot before = lm.snapshot();

    Reply reply = lm.send("POST", path, "authToken=" + TOKEN, body("bet").toString());

    assertThat(reply.http()).isEqualTo(404);
    assertThat(reply.response.body()).isEmpty();
    assertThat(reply.response.contentType()).isNull();
    assertThat(lm.snapshot()).isEqualTo(before);
  }

  @Test
  void configuredBasePath_routesThere() {
    LuckyMonacoTestClient custom =
        new LuckyMonacoTestClient(
            TestWallet.inMemory(),
            LuckyMonacoConfig.defaults().withToken(TOKEN).withBasePath("/wallet/lm"));

    assertThat(
            custom
                .send(
                    "POST", "/wallet/lm/check", "authToken=" + TOKEN, custom.check("r").toString())
                .status())
        .isEqualTo("OK");
    assertThat(
            custom
                .send(
                    "POST",
                    "/luckymonaco/check",
                    "authToken=" + TOKEN,
                    custom.check("r").toString())
                .http())
        .isEqualTo(404);
  }

  // Method, size, type.

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"GET", "PUT", "DELETE", "post", "HEAD"})
  void notPost_405WithoutBody(String method) {
    Snapshot before = lm.snapshot();

    Reply reply = lm.send(method, "/luckymonaco/bet", "authToken=" + TOKEN, body("bet").toString());

    assertThat(reply.http()).isEqualTo(405);
    assertThat(reply.response.body()).isEmpty();
    assertThat(lm.snapshot()).isEqualTo(before);
  }

  @Test
  void bodyAtTheLimit_accepted_andOneByteMore_413() {
    LuckyMonacoTestClient small =
        new LuckyMonacoTestClient(
            TestWallet.inMemory(),
            LuckyMonacoConfig.defaults().withToken(TOKEN).withMaxBodyBytes(400));
    String base = small.check("r").put("pad", "").toString();
    String atLimit =
        base.replace("\"pad\":\"\"", "\"pad\":\"" + "x".repeat(400 - base.length()) + "\"");
    assertThat(atLimit.length()).isEqualTo(400);

    assertThat(small.send("POST", "/luckymonaco/check", "authToken=" + TOKEN, atLimit).status())
        .isEqualTo("OK");
    assertThat(small.send("POST", "/luckymonaco/check", "authToken=" + TOKEN, atLimit + " ").http())
        .isEqualTo(413);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "application/json; charset=iso-8859-1",
        "application/jsonx",
        "multipart/form-data"
      })
  void notJsonContentType_415WithoutBody(String contentType) {
    Snapshot before = lm.snapshot();

    Reply reply =
        lm.send(
            "POST",
            "/luckymonaco/bet",
            "authToken=" + TOKEN,
            contentType,
            body("bet").toString().getBytes(StandardCharsets.UTF_8));

    assertThat(reply.http()).isEqualTo(415);
    assertThat(reply.response.body()).isEmpty();
    assertThat(lm.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "application/json; charset=\"utf-8\""
      })
  void jsonContentTypes_accepted(String contentType) {
    Reply reply =
        lm.send(
            "POST",
            "/luckymonaco/check",
            "authToken=" + TOKEN,
            contentType,
            lm.check("r").toString().getBytes(StandardCharsets.UTF_8));

    reply.isFirst("OK");
  }

  // The order of the checks: path, token, method, size, type.

  @Test
  void order_unknownPathBeforeBadToken() {
    assertThat(lm.send("GET", "/nowhere", null, "x").http()).isEqualTo(404);
  }

  @Test
  void order_badTokenBeforeMethodSizeAndType() {
    byte[] huge = new byte[LuckyMonacoConfig.DEFAULT_MAX_BODY_BYTES + 1];

    Reply reply = lm.send("GET", "/luckymonaco/bet", "authToken=bad", "text/plain", huge);

    reply.isFirst("INVALID_TOKEN_ID");
  }

  @Test
  void order_methodBeforeSizeAndType() {
    byte[] huge = new byte[LuckyMonacoConfig.DEFAULT_MAX_BODY_BYTES + 1];

    assertThat(lm.send("GET", "/luckymonaco/bet", "authToken=" + TOKEN, "text/plain", huge).http())
        .isEqualTo(405);
  }

  @Test
  void order_sizeBeforeType() {
    byte[] huge = new byte[LuckyMonacoConfig.DEFAULT_MAX_BODY_BYTES + 1];

    assertThat(lm.send("POST", "/luckymonaco/bet", "authToken=" + TOKEN, "text/plain", huge).http())
        .isEqualTo(413);
  }

  @Test
  void nullBody_isAnEmptyBody_invalidParameter() {
    lm.send("POST", "/luckymonaco/bet", "authToken=" + TOKEN, "application/json", null)
        .isFirst("INVALID_PARAMETER");
  }

  // Call reports.

  @Test
  void everyAnsweredCall_reportedOnceWithoutTheToken() {
    lm.post("bet", lm.bet("req-bet", "tx-7", "1.00"));
    lm.post("win", lm.win("req-win", "tx-7", "2.00", "ok"));
    lm.post("bet", lm.bet("req-bet", "tx-7", "1.00"));
    lm.post("cancel", "{");
    lm.send("POST", "/nowhere", "authToken=" + TOKEN, "{}");

    assertThat(lm.reports)
        .extracting(
            CallReport::integration,
            CallReport::call,
            CallReport::requestId,
            CallReport::key,
            CallReport::outcome,
            CallReport::replayed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "luckymonaco", "bet", "req-bet", "tx-7", "SUCCESS", false),
            org.assertj.core.groups.Tuple.tuple(
                "luckymonaco", "win", "req-win", "req-win", "SUCCESS", false),
            org.assertj.core.groups.Tuple.tuple(
                "luckymonaco", "bet", "req-bet", "tx-7", "SUCCESS", true),
            org.assertj.core.groups.Tuple.tuple(
                "luckymonaco", "cancel", null, null, "INVALID_PARAMETER", false),
            org.assertj.core.groups.Tuple.tuple(
                "luckymonaco", "unknown", null, null, "NOT_FOUND", false));
    assertThat(lm.reports).allSatisfy(r -> assertThat(r.toString()).doesNotContain(TOKEN));
    assertThat(lm.reports).allSatisfy(r -> assertThat(r.elapsed().isNegative()).isFalse());
  }

  @Test
  void refusalsAndBadAmounts_reportedByName() {
    lm.post("bet", lm.bet("r1", "tx-1", "5000.00"));
    lm.post("bet", lm.bet("r2", "tx-2", "abc"));

    assertThat(lm.reports)
        .extracting(CallReport::outcome)
        .containsExactly("INSUFFICIENT_FUNDS", "INVALID_AMOUNT");
  }

  @Test
  void throwingObserver_doesNotChangeTheAnswer() {
    LuckyMonacoWalletHandler handler =
        new LuckyMonacoWalletHandler(
            LuckyMonacoConfig.defaults().withToken(TOKEN),
            lm.wallet.services().providerUseCases(),
            report -> {
              throw new IllegalStateException("observer broke");
            });

    dev.walletgate.application.protocol.Reply response =
        handler.handle(
            Exchange.of(
                "POST",
                "/luckymonaco/check",
                "authToken=" + TOKEN,
                "application/json",
                lm.check("r").toString().getBytes(StandardCharsets.UTF_8),
                null));

    new Reply(response).isFirst("OK");
  }

  @Test
  void nullRequestFields_neverThrow() {
    dev.walletgate.application.protocol.Reply response =
        lm.handler.handle(Exchange.of(null, null, null, null, null, null));

    assertThat(response.status()).isEqualTo(404);
  }

  // Configuration.

  @Test
  void configWithoutToken_handlerRefusesToStart() {
    ProviderUseCases useCases = TestWallet.inMemory().services().providerUseCases();

    assertThatThrownBy(
            () ->
                new LuckyMonacoWalletHandler(
                    LuckyMonacoConfig.defaults(), useCases, CallObserver.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new LuckyMonacoWalletHandler(
                    LuckyMonacoConfig.defaults().withToken("  "), useCases, CallObserver.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configDefaults_andValidation() {
    LuckyMonacoConfig config = LuckyMonacoConfig.defaults();

    assertThat(config.basePath()).isEqualTo("/luckymonaco");
    assertThat(config.maxBodyBytes()).isEqualTo(65536);
    assertThat(config.hasToken()).isFalse();
    assertThat(config.withToken("s3cret").toString()).doesNotContain("s3cret");
    assertThatThrownBy(() -> config.withBasePath("luckymonaco"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withBasePath("/luckymonaco/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withMaxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withToken(null)).isInstanceOf(NullPointerException.class);
  }
}
