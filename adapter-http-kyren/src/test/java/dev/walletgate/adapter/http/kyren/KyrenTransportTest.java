package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.walletgate.application.port.out.CallReport;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.SessionId;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transport checks (F3): secret base path and allow-list (404, nothing touched), POST only
 * (405), body limit (413), JSON only (415), in that order; and the call reports.
 */
class KyrenTransportTest {
  private static final String SECRET = "/kyren/3f9c8d1e5a7b/v1";

  private final KyrenHarness kyren = new KyrenHarness(KyrenConfig.basePath(SECRET));
  private final SessionId session = kyren.player();

  private byte[] betBody() {
    return KyrenHarness.write(KyrenBodies.bet(kyren.nextId(), session, "r", "k", "1.00"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private Reply send(String method, String path, String type, byte[] body) {
    return send(method, path, type, body, KyrenHarness.LOCAL);
  }

  private Reply send(String method, String path, String type, byte[] body, String address) {
    return kyren.handler.handle(Exchange.of(method, path, null, type, body, address));
  }

  private void assertEmpty(Reply response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.body()).isEmpty();
    assertThat(response.contentType()).isNull();
  }

  @Test
  void givenSecretBasePath_betOnIt_isAnswered() {
    Reply response = send("POST", SECRET + "/Bet", "application/json", betBody());
    KyrenHarness.answer(response, 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/kyren/v1/Bet",
        "/kyren/3f9c8d1e5a7c/v1/Bet",
        "/kyren/3f9c8d1e5a7b/v1",
        "/kyren/3f9c8d1e5a7b/v1/",
        "/kyren/3f9c8d1e5a7b/v1/bet",
        "/kyren/3f9c8d1e5a7b/v1/BET",
        "/kyren/3f9c8d1e5a7b/v1/Bet/",
        "/kyren/3f9c8d1e5a7b/v1//Bet",
        "/kyren/3f9c8d1e5a7b/v1/Unknown",
        "/kyren/3f9c8d1e5a7b/v1/Bet?x=1",
        "/kyren/3f9c8d1e5a7b/v1x/Bet",
        "/kyren/3f9c8d1e5a7b/Bet",
        "/KYREN/3f9c8d1e5a7b/v1/Bet",
        "kyren/3f9c8d1e5a7b/v1/Bet",
        "/Bet",
        "Bet",
        ""
      })
  void F3_anyOtherPath_answers404WithEmptyBodyAndTouchesNothing(String path) {
    KyrenHarness.Stored before = kyren.stored();

    assertEmpty(send("POST", path, "application/json", betBody()), 404);

    assertThat(kyren.stored()).isEqualTo(before);
  }

  @Test
  void F3_nullPathOrRequest_answers404() {
    assertEmpty(send("POST", null, "application/json", betBody()), 404);
    assertEmpty(kyren.handler.handle(null), 404);
  }

  @Test
  void F3_wrongPath_answers404BeforeMethodSizeAndTypeChecks() {
    byte[] huge = new byte[KyrenConfig.DEFAULT_MAX_BODY_BYTES + 1];
    assertEmpty(send("GET", "/kyren/v1/Bet", "text/plain", huge), 404);
  }

  @Test
  void F3_sourceAddressNotInTheAllowList_answers404() {
    KyrenHarness listed =
        new KyrenHarness(
            KyrenConfig.basePath(KyrenHarness.BASE)
                .withAllowedAddresses(Set.of("203.0.113.7", "2001:db8::1")));
    SessionId listedSession = listed.player();
    byte[] body =
        KyrenHarness.write(KyrenBodies.check(listed.nextId(), listedSession))
            .getBytes(StandardCharsets.UTF_8);
    KyrenHarness.Stored before = listed.stored();

    for (String address : new String[] {"203.0.113.8", "127.0.0.1", "", null}) {
      Reply response =
          listed.handler.handle(
              Exchange.of(
                  "POST", KyrenHarness.BASE + "/Check", null, "application/json", body, address));
      assertEmpty(response, 404);
    }
    Reply allowed =
        listed.handler.handle(
            Exchange.of(
                "POST",
                KyrenHarness.BASE + "/Check",
                null,
                "application/json",
                body,
                "2001:db8::1"));
    KyrenHarness.answer(allowed, 0);
    assertThat(listed.stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "post", "HEAD", "OPTIONS", ""})
  void notPost_answers405(String method) {
    KyrenHarness.Stored before = kyren.stored();
    assertEmpty(send(method, SECRET + "/Bet", "application/json", betBody()), 405);
    assertThat(kyren.stored()).isEqualTo(before);
  }

  @Test
  void notPost_answers405BeforeSizeAndTypeChecks() {
    byte[] huge = new byte[KyrenConfig.DEFAULT_MAX_BODY_BYTES + 1];
    assertEmpty(send("GET", SECRET + "/Bet", "text/plain", huge), 405);
    assertEmpty(send(null, SECRET + "/Bet", null, huge), 405);
  }

  @Test
  void bodyOverTheLimit_answers413BeforeTheTypeCheck() {
    byte[] huge = new byte[KyrenConfig.DEFAULT_MAX_BODY_BYTES + 1];
    assertEmpty(send("POST", SECRET + "/Bet", "text/plain", huge), 413);
  }

  @Test
  void givenSmallLimit_bodyOfExactlyTheLimitIsRead_andOneByteMoreIs413() {
    KyrenHarness small =
        new KyrenHarness(KyrenConfig.basePath(KyrenHarness.BASE).withMaxBodyBytes(300));
    SessionId smallSession = small.player();
    String check = KyrenHarness.write(KyrenBodies.check(small.nextId(), smallSession));
    String exact = check + " ".repeat(300 - check.length());

    KyrenHarness.answer(small.post("Check", exact), 0);
    assertEmpty(small.post("Check", exact + " "), 413);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/jsonx",
        "application/json-patch+json",
        "text/json",
        ""
      })
  void notJsonContentType_answers415(String type) {
    KyrenHarness.Stored before = kyren.stored();
    assertEmpty(send("POST", SECRET + "/Bet", type, betBody()), 415);
    assertThat(kyren.stored()).isEqualTo(before);
  }

  @Test
  void givenNoContentType_bet_answers415() {
    assertEmpty(send("POST", SECRET + "/Bet", null, betBody()), 415);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "Application/JSON",
        " application/json ; charset=utf-8"
      })
  void jsonContentTypeWithOrWithoutParameters_isAccepted(String type) {
    KyrenHarness.answer(send("POST", SECRET + "/Bet", type, betBody()), 0);
  }

  @Test
  void givenQueryString_bet_isAnsweredAsWithoutIt() {
    Reply response =
        kyren.handler.handle(
            Exchange.of("POST", SECRET + "/Bet", "a=1", "application/json", betBody(), "10.0.0.1"));
    KyrenHarness.answer(response, 0);
  }

  @Test
  void givenSecretBasePath_configToString_hidesIt_andBadSettingsAreRefused() {
    KyrenConfig config = KyrenConfig.basePath(SECRET);

    assertThat(config.toString()).doesNotContain("3f9c8d1e5a7b");
    assertThat(KyrenConfig.basePath(SECRET).basePath()).isEqualTo(SECRET);
    assertThat(KyrenConfig.basePath(SECRET).maxBodyBytes()).isEqualTo(65536);
    assertThat(KyrenConfig.basePath(SECRET).allowedAddresses()).isEmpty();
    assertThatThrownBy(() -> config.withBasePath("kyren/v1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withBasePath("/kyren/v1/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withMaxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenCalls_eachAnswer_isReportedWithoutThePath() {
    String uuid = kyren.nextId();
    byte[] bet =
        KyrenHarness.write(KyrenBodies.bet(uuid, session, "r", "bet-key", "1.00"))
            .getBytes(StandardCharsets.UTF_8);
    send("POST", SECRET + "/Bet", "application/json", bet);
    send("POST", SECRET + "/Bet", "application/json", bet);
    send("POST", SECRET + "/Bett", "application/json", bet);
    send("GET", SECRET + "/Check", "application/json", bet);
    send("POST", SECRET + "/Bet", "application/json", "{".getBytes(StandardCharsets.UTF_8));

    assertThat(kyren.reports)
        .extracting(
            CallReport::integration,
            CallReport::call,
            CallReport::requestId,
            CallReport::key,
            CallReport::outcome,
            CallReport::replayed)
        .containsExactly(
            tuple("kyren", "Bet", uuid, "bet-key", "SUCCESS", false),
            tuple("kyren", "Bet", uuid, "bet-key", "SUCCESS", true),
            tuple("kyren", "unknown", null, null, "NOT_FOUND", false),
            tuple("kyren", "Check", null, null, "METHOD_NOT_ALLOWED", false),
            tuple("kyren", "Bet", null, null, "INVALID_PARAMETER", false));
    assertThat(kyren.reports).allSatisfy(r -> assertThat(r.toString()).doesNotContain("3f9c"));
    assertThat(kyren.reports).allSatisfy(r -> assertThat(r.elapsed().isNegative()).isFalse());
  }

  @Test
  void givenAThrowingObserver_theAnswerStillGoesOut() {
    KyrenWalletHandler handler =
        new KyrenWalletHandler(
            KyrenConfig.basePath(KyrenHarness.BASE),
            kyren.wallet.services().providerUseCases(),
            report -> {
              throw new IllegalStateException("observer broke");
            });
    Reply response =
        handler.handle(
            Exchange.of(
                "POST",
                KyrenHarness.BASE + "/Check",
                null,
                "application/json",
                KyrenHarness.write(KyrenBodies.check(kyren.nextId(), session))
                    .getBytes(StandardCharsets.UTF_8),
                KyrenHarness.LOCAL));
    KyrenHarness.answer(response, 0);
  }
}
